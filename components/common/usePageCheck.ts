import { useState } from 'preact/hooks';
import type { PageCheckReport } from '@/utils/shared/page-check';
import { sendTabVerb } from '@/utils/shared/send-tab-verb';

export type PageCheckState = { status: 'idle' | 'running' | 'noTab' } | { status: 'done'; report: PageCheckReport };

/** Runs the page check in the OnTime tab on demand. */
export function usePageCheck(from: 'popup' | 'options'): [PageCheckState, () => Promise<void>] {
  const [state, setState] = useState<PageCheckState>({ status: 'idle' });
  const run = async () => {
    setState({ status: 'running' });
    try {
      setState({ status: 'done', report: await sendTabVerb('pageCheck', {}, from) });
    } catch {
      setState({ status: 'noTab' });
    }
  };
  return [state, run];
}
