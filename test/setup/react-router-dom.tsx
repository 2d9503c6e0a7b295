// Stands in for 'react-router/dom' in unit tests: in Vitest, that entry loaded a second copy of React
// Router, whose RouterProvider gave pages using the first copy's hooks no router. This is what the
// entry is (React Router's RouterProvider, given React DOM's flushSync), on the one copy.
import { flushSync } from 'react-dom';
import { RouterProvider as Provider, type RouterProviderProps } from 'react-router';

export function RouterProvider(props: Omit<RouterProviderProps, 'flushSync'>) {
  return (
    <Provider
      flushSync={(update) => {
        flushSync(update);
      }}
      {...props}
    />
  );
}
