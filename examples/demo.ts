// `npm run demo [-- DATE] [-- --lang ru]`: what the embedded CICA data holds. Prints the five
// dimensions, the 2021 Catalogue by dimension, and the members and observers on DATE (default:
// today). Run from a fresh clone with `npm ci && npm run demo`.
import { parseArgs } from "node:util";
import {
  DIMENSIONS,
  chairOn,
  cica,
  cicaDataInfo,
  isCalendarDate,
  measuresIn,
  membersOn,
  observersOn,
  type Lang,
  type Participant,
} from "cica-cbm";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { lang: { type: "string", default: "en" }, help: { type: "boolean", short: "h" } },
});
if (values.help) {
  console.log("usage: npm run demo -- [YYYY-MM-DD] [--lang en|ru]");
  process.exit(0);
}
const lang = values.lang as Lang;
if (lang !== "en" && lang !== "ru") {
  console.error(`--lang must be en or ru (got "${values.lang}").`);
  process.exit(2);
}
const date = positionals[0] ?? new Date().toISOString().slice(0, 10);
if (!isCalendarDate(date)) {
  console.error(`"${date}" is not a real calendar date: write it YYYY-MM-DD, e.g. 2006-11-15.`);
  process.exit(2);
}

const text = (value: { en: string; ru?: string }) => (lang === "ru" ? (value.ru ?? value.en) : value.en);
const name = (p: Participant) => `${p.code.padEnd(6)} ${text(p.name)}`;
const L = lang === "ru"
  ? { dims: "Измерения Каталога", cat: "Каталог 2021 года (частично: только меры, которые цитируют источники)", members: "Государства-члены на", observers: "Наблюдатели на", chair: "Председатель", none: "нет мер с известным текстом", ru: "Русские названия — рабочие переводы." }
  : { dims: "Dimensions of the Catalogue", cat: "The 2021 Catalogue (partial: only the measures sources quote)", members: "Member states on", observers: "Observers on", chair: "Chair", none: "no measure with a known text", ru: "Russian names are working translations." };

console.log(`\n${L.dims}`);
for (const d of DIMENSIONS) console.log(`  ${d.order}. ${lang === "ru" ? d.ru : d.en}`);

const c2021 = cica.catalogues["cica@2021"];
console.log(`\n${L.cat}`);
for (const d of DIMENSIONS) {
  const measures = measuresIn(c2021, d.id);
  console.log(`  ${lang === "ru" ? d.ru : d.en} (${measures.length})`);
  if (measures.length === 0) console.log(`      — ${L.none}`);
  for (const m of measures) {
    const indent = m.parent ? "        " : "      ";
    console.log(`${indent}${m.id.padEnd(8)} ${text(m.title)}`);
  }
}

const members = membersOn(cica.registry, date);
const observers = observersOn(cica.registry, date);
const chair = chairOn(cica.registry, date);
console.log(`\n${L.members} ${date}: ${members.length}`);
for (const p of members) console.log(`  ${name(p)}`);
console.log(`\n${L.observers} ${date}: ${observers.length}`);
for (const p of observers) console.log(`  ${name(p)}`);
if (chair) {
  const state = cica.registry.participants.find((p) => p.code === chair.state);
  console.log(`\n${L.chair}: ${state ? text(state.name) : chair.state}`);
}
console.log(`\n${L.ru} ${cicaDataInfo.coverage}\n`);
