import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import { TranslationProvider } from '../lib/translation.tsx';
import { AppRoutes } from './router.tsx';

export function App({ client }: { client: QueryClient }) {
  return (
    <TranslationProvider>
      <QueryClientProvider client={client}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </QueryClientProvider>
    </TranslationProvider>
  );
}
