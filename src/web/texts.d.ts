// A language file's lean texts, the live room's, the answer form's, or the rest (scripts/split-texts.ts).
declare module '*?lean' {
  const texts: import('./lib/translate.ts').Texts;
  export default texts;
}
declare module '*?live' {
  const texts: import('./lib/translate.ts').Texts;
  export default texts;
}
declare module '*?survey' {
  const texts: import('./lib/translate.ts').Texts;
  export default texts;
}
declare module '*?rest' {
  const texts: import('./lib/translate.ts').Texts;
  export default texts;
}
