import { Marked, type Token, type Tokens } from 'marked';

/** Lines of a mail's text part stay within this where no single word (a URL) is longer. */
export const TEXT_WIDTH = 78;

const lexer = new Marked({ gfm: true, breaks: true });
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };
const decode = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => ENTITIES[e] ?? '');

/** A link as a reader of plain text can follow it: the URL alone when it is its own text. */
function linkText(token: Tokens.Link): string {
  const label = inlineText(token.tokens);
  const url = token.href.replace(/^mailto:/, '');
  return label === url || label === token.href ? url : `${label} (${url})`;
}

/** Inline Markdown as text: emphasis dropped, links with their address, HTML tags removed. */
function inlineText(tokens: Token[] = []): string {
  return tokens
    .map((token) => {
      if (token.type === 'link') return linkText(token as Tokens.Link);
      if (token.type === 'image') return (token as Tokens.Image).text;
      if (token.type === 'br') return '\n';
      if (token.type === 'html') return '';
      if (token.type === 'codespan' || token.type === 'escape') return decode(token.text);
      if ('tokens' in token && token.tokens) return inlineText(token.tokens);
      return 'text' in token ? decode(token.text) : '';
    })
    .join('');
}

/** One block as paragraphs of text (already wrapped), each separated by a blank line when joined. */
function blockText(token: Token): string[] {
  switch (token.type) {
    case 'space':
    case 'hr':
      return [];
    case 'code':
      return [token.text];
    case 'list':
      return [listText(token as Tokens.List)];
    case 'blockquote':
      return blocksText(token.tokens ?? []).map((p) => p.replace(/^/gm, '> '));
    case 'table':
      return [tableText(token as Tokens.Table)];
    case 'html':
      return [wrap(decode(token.text.replace(/<[^>]*>/g, '')).trim())].filter(Boolean);
    default:
      return [wrap(inlineText('tokens' in token ? token.tokens : []))].filter(Boolean);
  }
}

function blocksText(tokens: Token[]): string[] {
  return tokens.flatMap(blockText);
}

/** A list as one line (or wrapped lines, indented under the marker) per item. */
function listText(list: Tokens.List): string {
  const start = typeof list.start === 'number' ? list.start : 1;
  return list.items
    .map((item, i) => {
      const marker = list.ordered ? `${start + i}. ` : '- ';
      const body = blocksText(item.tokens).join('\n');
      return marker + body.split('\n').join(`\n${' '.repeat(marker.length)}`);
    })
    .join('\n');
}

function tableText(table: Tokens.Table): string {
  const row = (cells: Tokens.TableCell[]) => cells.map((cell) => inlineText(cell.tokens)).join(' | ');
  return [row(table.header), ...table.rows.map(row)].join('\n');
}

/**
 * Fills each line of `text` to TEXT_WIDTH at spaces. A word longer than the width (a URL) keeps a
 * line of its own rather than being broken, so it stays clickable.
 */
export function wrap(text: string, width = TEXT_WIDTH): string {
  return text
    .split('\n')
    .map((line) => {
      const lines: string[] = [];
      let current = '';
      for (const word of line.split(/ +/).filter(Boolean)) {
        if (current && current.length + 1 + word.length > width) {
          lines.push(current);
          current = word;
        } else current = current ? `${current} ${word}` : word;
      }
      return [...lines, current].join('\n');
    })
    .join('\n');
}

/** Markdown written by people as the plain-text part of an e-mail: paragraphs apart, lists as lines. */
export function markdownToMailText(source: string): string {
  return blocksText(lexer.lexer(source)).join('\n\n');
}

/** A call to action in plain text: its label, then the address on a line of its own. */
export const textLink = (link: { text: string; url: string }) => `${link.text}:\n${link.url}`;

/** Paragraphs of plain text wrapped and separated by blank lines. */
export const textParagraphs = (paragraphs: string[]) =>
  paragraphs
    .filter(Boolean)
    .map((p) => wrap(p))
    .join('\n\n');
