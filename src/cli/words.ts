// The command line's words, one typed table per language: the English table's keys are the only
// keys, and every other language is a `Record` of them, so a missing translation does not compile.
import type { Lang } from "../index.js";
import { en } from "./words/en.js";
import { ru } from "./words/ru.js";

/** The name of one text the command line prints. */
export type WordKey = keyof typeof en;

/** The values filled into a word's `{name}` marks. */
export type WordParams = Readonly<Record<string, string | number>>;

/** Every language's table of words. */
export const WORDS: Readonly<Record<Lang, Readonly<Record<WordKey, string>>>> = { en, ru };

/** A function that gives one word, in one language, with its marks filled. */
export type Say = (key: WordKey, params?: WordParams) => string;

/** The words of `lang`, as a function of a word's key and its values. */
export function wordsOf(lang: Lang): Say {
  const table = WORDS[lang];
  return (key, params = {}) => table[key].replace(/\{(\w+)\}/g, (mark, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : mark));
}
