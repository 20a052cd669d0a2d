import type { ImplementationMatrix, MatrixCell, MatrixMeasure } from "../aggregate/implementationMatrix.js";
import type { Lang } from "../common/types.js";
import type { Locale } from "../i18n/Locale.js";
import { textIn } from "../i18n/localize.js";
import { labelsOf } from "../i18n/messageSource.js";
import type { Registry } from "../participants/types.js";
import { CbmError } from "../errors/CbmError.js";
import { groupNote, measureLegend, percent, rowName } from "./matrixWords.js";

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
  /** What the colours show: `"level"` or `"coverage"`; the matrix's own `measure` when omitted. */
  readonly measure?: MatrixMeasure;
}

/** Viridis, from dark to light: a sequential scale readable with every common colour-vision deficiency and in greyscale. */
const SCALE = ["#440154", "#3b528b", "#21918c", "#5ec962", "#fde725"] as const;
const EMPTY = "#e6e6e6";
const UNKNOWN = "#ffffff";

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

/** The width of a text in pixels, estimated (no font is embedded): an average letter at this size. */
const textWidth = (text: string, size: number, bold = false) => text.length * size * (bold ? 0.66 : 0.62);

/** A text broken into lines of at most `width` pixels at this size (no line is cut short). */
function wrapTo(text: string, width: number, size: number, bold = false): string[] {
  const perLine = Math.max(8, Math.floor(width / textWidth("x", size, bold)));
  return wrap(text, perLine, Number.POSITIVE_INFINITY);
}

/**
 * Renders an {@link ImplementationMatrix} as an accessible SVG heat map, states × groups, that a
 * person reads at a glance: each cell's colour shows the matrix's measure on a colour-blind-safe
 * sequential scale (viridis), with the percentage written in the cell. For the implementation
 * level (the default) the coverage is written below it, so that a level read from few measures is
 * seen as such; a level that is unknown (nothing reported on the scale) is a white cell with "–",
 * never 0%. A group with no measures to report on is one grey column saying "no measures known".
 * The title and the legend say which measure the colours show and how it is computed, and wrap
 * to the picture's width rather than being cut off.
 *
 * States are in the matrix's order (that of the table of replies and of {@link matrixTable}),
 * named in the chosen language with their marks: a nil report, an observer's or a newcomer's
 * voluntary report. The SVG has a `<title>` and a `<desc>`, each cell a `<title>` with the state,
 * the group, the level, the coverage, the mean score and the number of entries for screen
 * readers; it uses no external font, image or script, and every text is escaped.
 *
 * @param matrix - From {@link implementationMatrix}.
 * @param options - Language, title, registry, and `measure` (the matrix's own when omitted).
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
  const m = lang.labels.matrix;
  const measure = options.measure ?? matrix.measure;
  if (measure !== "level" && measure !== "coverage") {
    throw new CbmError("invalid-argument", `renderMatrixSvg: options.measure must be "level" or "coverage" (got ${JSON.stringify(measure)}).`);
  }
  const level = measure === "level";
  const title = options.title ?? m.title(measure, matrix.catalogue, matrix.year);
  const rows = matrix.rows;
  const names = rows.map((row) => rowName(row, options.registry, lang));
  const groupNames = matrix.groups.map((group) => textIn(group.label, lang.code));
  const notes = matrix.groups.map((group) => groupNote(matrix, group, lang));

  const cellW = 112;
  const cellH = level ? 40 : 30;
  const labelW = Math.ceil(Math.min(520, Math.max(80, ...names.map((n) => textWidth(n, 12) + 20))));
  const headerLines = groupNames.map((name) => wrap(name, 15, 4));
  const headerRows = Math.max(1, ...headerLines.map((l) => l.length));
  const width = Math.max(labelW + matrix.groups.length * cellW + 20, 10 + SCALE.length * 70 + 420);
  const titleLines = wrapTo(title, width - 20, 16, true);
  const top = 20 + titleLines.length * 20;
  const headerH = 18 + headerRows * 14;
  const gridTop = top + headerH;
  const legendTop = gridTop + rows.length * cellH + 24;
  const legendLines = wrapTo(measureLegend(matrix, measure, lang), width - 20, 12);
  const boxesTop = legendTop + (legendLines.length - 1) * 15 + 8;
  const height = boxesTop + 48;

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="t d" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" font-size="12">`,
  );
  out.push(`<title id="t">${escapeXml(title)}</title>`);
  out.push(`<desc id="d">${escapeXml(m.desc(measure, rows.length, matrix.groups.length))}</desc>`);
  out.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);
  titleLines.forEach((line, i) => {
    out.push(`<text x="10" y="${24 + i * 20}" font-size="16" font-weight="600" fill="#111111">${escapeXml(line)}</text>`);
  });
  headerLines.forEach((lines, i) => {
    const x = labelW + i * cellW + cellW / 2;
    // Headings stand on the grid: a one-line heading sits as low as the last line of a long one.
    const first = headerRows - lines.length;
    lines.forEach((line, j) => {
      out.push(`<text x="${x}" y="${top + 14 + (first + j) * 14}" text-anchor="middle" fill="#111111">${escapeXml(line)}</text>`);
    });
  });
  rows.forEach((row, r) => {
    const y = gridTop + r * cellH;
    out.push(`<text x="${labelW - 8}" y="${y + cellH / 2 + 4}" text-anchor="end" fill="#111111">${escapeXml(names[r]!)}</text>`);
    row.cells.forEach((cell: MatrixCell, c) => {
      const x = labelW + c * cellW;
      const group = matrix.groups[c]!;
      const note = notes[c];
      const shown = level ? cell.level : cell.coverage;
      const coverageText =
        cell.coverage === null
          ? ""
          : `${w.coverage} ${percent(cell.coverage)} (${Math.round(cell.coverage * group.measures)} ${w.of} ${group.measures} ${w.measures})`;
      const detail =
        note !== undefined
          ? note
          : [
              ...(level ? [`${m.level} ${cell.level === null ? m.unknown : percent(cell.level)}`] : []),
              coverageText,
              `${w.mean} ${cell.meanScore === null ? "–" : cell.meanScore.toFixed(2)}`,
              `${w.entries}: ${cell.entries}`,
            ].join(", ");
      out.push(`<g><title>${escapeXml(`${names[r]} — ${groupNames[c]}: ${detail}`)}</title>`);
      if (note !== undefined) {
        out.push(`<rect x="${x + 1}" y="${y + 1}" width="${cellW - 2}" height="${cellH - 2}" fill="${EMPTY}" stroke="${EMPTY}"/></g>`);
        return;
      }
      const fill = shown === null ? UNKNOWN : colourOf(shown);
      const dark = shown !== null && shown < 0.6;
      const ink = dark ? "#ffffff" : "#111111";
      const label = shown === null ? "–" : percent(shown);
      const stroke = shown === null ? "#bbbbbb" : "#ffffff";
      out.push(`<rect x="${x + 1}" y="${y + 1}" width="${cellW - 2}" height="${cellH - 2}" fill="${fill}" stroke="${stroke}"/>`);
      if (level) {
        out.push(`<text x="${x + cellW / 2}" y="${y + 17}" text-anchor="middle" font-weight="600" fill="${ink}">${label}</text>`);
        const below = cell.coverage === null ? "" : `${m.coverage} ${percent(cell.coverage)}`;
        out.push(`<text x="${x + cellW / 2}" y="${y + 32}" text-anchor="middle" font-size="10" fill="${ink}">${escapeXml(below)}</text></g>`);
      } else {
        out.push(`<text x="${x + cellW / 2}" y="${y + cellH / 2 + 4}" text-anchor="middle" fill="${ink}">${label}</text></g>`);
      }
    });
  });
  // A group with no measures: one note over its whole column, not a dash in every cell.
  if (rows.length > 0) {
    notes.forEach((note, c) => {
      if (note === undefined) return;
      const lines = wrap(note, 15, 4);
      const x = labelW + c * cellW + cellW / 2;
      const middle = gridTop + (rows.length * cellH) / 2 - ((lines.length - 1) * 14) / 2 + 4;
      lines.forEach((line, j) => {
        out.push(`<text x="${x}" y="${middle + j * 14}" text-anchor="middle" fill="#555555">${escapeXml(line)}</text>`);
      });
    });
  }
  legendLines.forEach((line, i) => {
    out.push(`<text x="10" y="${legendTop + i * 15}" fill="#111111">${escapeXml(line)}</text>`);
  });
  SCALE.forEach((colour, i) => {
    const x = 10 + i * 70;
    const from = Math.round((i / SCALE.length) * 100);
    const to = i === SCALE.length - 1 ? 100 : Math.round(((i + 1) / SCALE.length) * 100) - 1;
    out.push(`<rect x="${x}" y="${boxesTop}" width="70" height="16" fill="${colour}"/>`);
    out.push(`<text x="${x + 35}" y="${boxesTop + 30}" text-anchor="middle" fill="#111111">${from}–${to}%</text>`);
  });
  let ex = 10 + SCALE.length * 70 + 16;
  if (level) {
    out.push(`<rect x="${ex}" y="${boxesTop}" width="24" height="16" fill="${UNKNOWN}" stroke="#bbbbbb"/>`);
    out.push(`<text x="${ex + 30}" y="${boxesTop + 13}" fill="#111111">– ${escapeXml(m.unknown)}</text>`);
    ex += Math.ceil(30 + textWidth(`– ${m.unknown}`, 12) + 16);
  }
  out.push(`<rect x="${ex}" y="${boxesTop}" width="24" height="16" fill="${EMPTY}" stroke="#999999"/>`);
  out.push(`<text x="${ex + 30}" y="${boxesTop + 13}" fill="#111111">${escapeXml(m.noMeasures)}</text>`);
  out.push(`</svg>`);
  return `${out.join("\n")}\n`;
}
