// A language file's lean texts or the rest (scripts/split-texts.ts).
declare module '*?lean' {
  const texts: Record<string, unknown>;
  export default texts;
}
declare module '*?rest' {
  const texts: Record<string, unknown>;
  export default texts;
}
