import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { z } from 'zod';
import { apiRequest } from '../lib/api.ts';

const PreviewSchema = z.object({ html: z.string() });

/** The value, once it has stayed the same for `delay` ms. */
function useDebounced<T>(value: T, delay: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

/** Markdown rendered and sanitised by the server exactly as pages show it, as the writer pauses. */
export function useMarkdownPreview(markdown: string, delay = 400) {
  const debounced = useDebounced(markdown, delay);
  return useQuery({
    queryKey: ['markdown-preview', debounced],
    queryFn: ({ signal }) =>
      apiRequest('/api/markdown/preview', {
        method: 'POST',
        body: { markdown: debounced },
        schema: PreviewSchema,
        signal,
      }),
    enabled: debounced.trim() !== '',
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}
