import type { ImplementationMatrix, MatrixCell } from "../aggregate/implementationMatrix.js";
import type { Lang } from "../common/types.js";
import type { Locale } from "../i18n/Locale.js";
import { textIn } from "../i18n/localize.js";
import { labelsOf } from "../i18n/messageSource.js";
import type { Registry } from "../participants/types.js";
import { nameIn } from "./tableOptions.js";

/**
 * Options of {@link renderMatrixSvg}.
 *
 * @example
 * const options: MatrixSvgOptions = { lang: "ru", title: "Выполнение мер, 2025", registry: cica.registry };
 *
 * @category Rendering
 */
export interface MatrixSvgOptions {
  /** Language of the labels: `"en"` (default), `"ru"`, or a {@link Locale} value; another code throws a {@link CbmError}. */
  readonly lang?: Lang | Locale;
  /** The heading, also the SVG's `<title>`. */
  readonly title?: string;
  /** The registry, to name the states (codes are shown without it). */
  readonly registry?: Registry;
}

/** Viridis, from dark to light: a sequential scale readable with every common colour-vision deficiency and in greyscale. */
const SCALE = ["#440154", "#3b528b", "#21918c", "#5ec962", "#fde725"] as const;
const EMPTY = "#f2f2f2";

const escapeXml = (text: string) =>
  text
    .replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "\ufffd");

function colourOf(coverage: number): string {
  return SCALE[Math.min(SCALE.length - 1, Math.floor(coverage * SCALE.length))]!;
}

function wrap(text: string, width: number, lines: number): string[] {
  const out: string[] = [];
  let line = "";
  // Words longer than a line break after their hyphens ("Военно-" / "политическое").
  const words = text.split(/\s+/).flatMap((word) => (word.length > width ? word.split(/(?<=-)/) : [word]));
  for (const word of words) {
    const joined = line.endsWith("-") ? line + word : `${line} ${word}`;
    if (line && joined.length > width) {
      out.push(line);
      line = word;
    } else line = line ? joined : word;
  }
  if (line) out.push(line);
  if (out.length > lines) {
    const kept = out.slice(0, lines);
    kept[lines - 1] = `${kept[lines - 1]!.slice(0, width - 1)}…`;
    return kept;
  }
  return out;
}

/**
 * Renders an {@link ImplementationMatrix} as an accessible SVG heat map, states × groups, that a
 * person reads at a glance: each cell's colour shows the coverage on a colour-blind-safe sequential
 * scale (viridis), with the percentage written in the cell and a legend. State and group names are
 * in the chosen language. The SVG has a `<title>` and a `<desc>`, each cell a `<title>` with the
 * state, the group, the coverage, the mean score and the number of entries for screen readers; it
 * uses no external font, image or script, and every text is escaped.
 *
 * @param matrix - From {@link implementationMatrix}.
 * @param options - Language, title and registry.
 * @returns The SVG document as a string.
 *
 * @example
 * const matrix = implementationMatrix([], cica, { year: 2025, catalogue: "cica@2021" });
 * renderMatrixSvg(matrix, { title: "Implementation, 2025" }).startsWith("<svg")
 * //=> true
 *
 * @category Rendering
 */
export function renderMatrixSvg(matrix: ImplementationMatrix, options: MatrixSvgOptions = {}): string {
  const lang = labelsOf(options.lang, "renderMatrixSvg", "options.lang");
  const w = lang.labels.svg;
  const title = options.title ?? w.title(matrix.catalogue, matrix.year);
  // Rows in the order of the names a person reads, in the chosen language.
  const order = matrix.rows
    .map((row, index) => ({ row, index, name: nameIn(options.registry, row.state, lang) }))
    .sort((a, b) => a.name.localeCompare(b.name, lang.code) || (a.row.state < b.row.state ? -1 : 1));
  const rows = order.map((o) => o.row);
  const names = order.map((o) => (o.row.nil ? `${o.name} (${w.nil})` : o.name));
  const groupNames = matrix.groups.map((group) => textIn(group.label, lang.code));

  const cellW = 112;
  const cellH = 30;
  const labelW = Math.min(320, Math.max(80, ...names.map((n) => n.length * 8 + 16)));
  const headerLines = groupNames.map((name) => wrap(name, 15, 4));
  const headerH = 18 + Math.max(1, ...headerLines.map((l) => l.length)) * 14;
  const top = 40;
  const gridTop = top + headerH;
  const width = Math.max(labelW + matrix.groups.length * cellW + 20, 10 + SCALE.length * 70 + 260);
  const legendTop = gridTop + rows.length * cellH + 24;
  const height = legendTop + 56;

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="t d" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" font-size="12">`,
  );
  out.push(`<title id="t">${escapeXml(title)}</title>`);
  out.push(`<desc id="d">${escapeXml(w.desc(rows.length, matrix.groups.length))}</desc>`);
  out.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);
  out.push(`<text x="10" y="24" font-size="16" font-weight="600" fill="#111111">${escapeXml(title)}</text>`);
  headerLines.forEach((lines, i) => {
    const x = labelW + i * cellW + cellW / 2;
    lines.forEach((line, j) => {
      out.push(`<text x="${x}" y="${top + 14 + j * 14}" text-anchor="middle" fill="#111111">${escapeXml(line)}</text>`);
    });
  });
  rows.forEach((row, r) => {
    const y = gridTop + r * cellH;
    out.push(`<text x="${labelW - 8}" y="${y + cellH / 2 + 4}" text-anchor="end" fill="#111111">${escapeXml(names[r]!)}</text>`);
    row.cells.forEach((cell: MatrixCell, c) => {
      const x = labelW + c * cellW;
      const coverage = cell.coverage;
      const fill = coverage === null ? EMPTY : colourOf(coverage);
      const dark = coverage !== null && coverage < 0.6;
      const label = coverage === null ? "–" : `${Math.round(coverage * 100)}%`;
      const group = matrix.groups[c]!;
      const detail =
        coverage === null
          ? w.none
          : `${w.coverage} ${Math.round(coverage * 100)}% (${Math.round(coverage * group.measures)} ${w.of} ${group.measures} ${w.measures}), ${w.mean} ${cell.meanScore === null ? "–" : cell.meanScore.toFixed(2)}, ${w.entries}: ${cell.entries}${row.nil ? `, ${w.nil}` : ""}`;
      out.push(`<g><title>${escapeXml(`${names[r]} — ${groupNames[c]}: ${detail}`)}</title>`);
      out.push(`<rect x="${x + 1}" y="${y + 1}" width="${cellW - 2}" height="${cellH - 2}" fill="${fill}" stroke="#ffffff"/>`);
      out.push(`<text x="${x + cellW / 2}" y="${y + cellH / 2 + 4}" text-anchor="middle" fill="${dark ? "#ffffff" : "#111111"}">${label}</text></g>`);
    });
  });
  out.push(`<text x="10" y="${legendTop}" fill="#111111">${escapeXml(w.legend)}</text>`);
  SCALE.forEach((colour, i) => {
    const x = 10 + i * 70;
    const from = Math.round((i / SCALE.length) * 100);
    const to = i === SCALE.length - 1 ? 100 : Math.round(((i + 1) / SCALE.length) * 100) - 1;
    out.push(`<rect x="${x}" y="${legendTop + 8}" width="70" height="16" fill="${colour}"/>`);
    out.push(`<text x="${x + 35}" y="${legendTop + 38}" text-anchor="middle" fill="#111111">${from}–${to}%</text>`);
  });
  const ex = 10 + SCALE.length * 70 + 16;
  out.push(`<rect x="${ex}" y="${legendTop + 8}" width="24" height="16" fill="${EMPTY}" stroke="#999999"/>`);
  out.push(`<text x="${ex + 30}" y="${legendTop + 21}" fill="#111111">– ${escapeXml(w.noData)}</text>`);
  out.push(`</svg>`);
  return `${out.join("\n")}\n`;
}
