import { createGlobalStyle } from 'styled-components';
import { tokens } from '../lib/theme.ts';

export const GlobalStyle = createGlobalStyle`
  html {
    color-scheme: light;
  }

  body {
    margin: 0;
    ${tokens.type.body}
    color: ${tokens.text};
    background: ${tokens.surfaceAlt};
  }

  a:focus-visible,
  button:focus-visible,
  select:focus-visible,
  summary:focus-visible {
    outline: 3px solid ${tokens.focus};
    outline-offset: 2px;
  }

  #main:focus {
    outline: none;
  }
`;
