import { describe, expect, it } from 'vitest';
import { buildTestApp, signIn } from '#test/app.ts';
import { renderMarkdown } from './markdown.ts';

describe('renderMarkdown', () => {
  it('renders Markdown formatting and links', () => {
    const html = renderMarkdown('**Lainsäädäntö** ja [VM](https://vm.fi)');
    expect(html).toContain('<strong>Lainsäädäntö</strong>');
    expect(html).toContain('<a href="https://vm.fi" rel="noopener noreferrer nofollow">VM</a>');
  });

  it('removes scripts, event handlers and javascript: links', () => {
    const html = renderMarkdown(
      '<script>alert(1)</script><img src=x onerror=alert(1)> [x](javascript:alert(1)) <a href="#" onclick="x()">y</a>',
    );
    expect(html).not.toMatch(/<script|onerror=|onclick=|href="javascript:|<img/i);
  });

  it('demotes h1 so the page keeps one main heading', () => {
    expect(renderMarkdown('# Otsikko').trim()).toBe('<h2>Otsikko</h2>');
  });

  it('renders nothing for blank input', () => {
    expect(renderMarkdown('  \n')).toBe('');
  });
});

describe('POST /api/markdown/preview', () => {
  it('renders for signed-in writers exactly as pages will show it', async () => {
    const t = await buildTestApp();
    try {
      const payload = { markdown: '**Esittely** <script>x()</script>' };
      expect((await t.request({ method: 'POST', url: '/api/markdown/preview', payload })).statusCode).toBe(
        401,
      );
      const cookie = await signIn(t, 'writer@example.org');
      const preview = await t.request({ method: 'POST', url: '/api/markdown/preview', payload, cookie });
      expect(preview.json().html).toBe(renderMarkdown(payload.markdown));
      expect(preview.json().html).not.toContain('<script');
    } finally {
      await t.close();
    }
  });
});
