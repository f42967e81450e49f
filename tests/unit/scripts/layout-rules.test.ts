import { describe, expect, it } from 'vitest';
import { layoutProblems } from '../../../scripts/check/layout-rules';

const tree = (files: Record<string, string>) => layoutProblems(new Map(Object.entries(files))).problems;

describe('the layout rules', () => {
  it('passes a tree that follows them', () => {
    expect(
      tree({
        'utils/shared/protocol.ts': "import type { X } from '@/utils/shared/settings/types';",
        'utils/shared/settings/types.ts': 'export type X = 1;',
        'utils/page/actions.ts': "import { VERBS } from '@/utils/shared/protocol';",
        'utils/worker/messages/handlers.ts': "import type { X } from '../../shared/settings/types';",
        'components/page/mount.ts': "import { createActions } from '@/utils/page/actions';",
      }),
    ).toEqual([]);
  });

  it.each([
    ['page → worker', { 'utils/page/a.ts': "import { b } from '@/utils/worker/b';", 'utils/worker/b.ts': '' }, 'page code must not import worker code'],
    ['worker → page (type only, relative)', { 'utils/worker/a.ts': "import type { B } from '../page/b';", 'utils/page/b.ts': '' }, 'worker code must not import page code'],
    ['shared → worker', { 'utils/shared/a.ts': "import { b } from '@/utils/worker/b';", 'utils/worker/b.ts': '' }, 'shared code imports neither'],
    ['utils → components', { 'utils/page/a.ts': "import { V } from '@/components/page/V';", 'components/page/V.tsx': '' }, 'utils/ must not import components/'],
    ['a view → worker', { 'components/popup/P.tsx': "import { t } from '@/utils/worker/auth/t';", 'utils/worker/auth/t.ts': '' }, 'views talk to the worker only through messages'],
    ['a folder cycle', { 'utils/worker/a/x.ts': "import { y } from '@/utils/worker/b/y';", 'utils/worker/b/y.ts': "import { x } from '@/utils/worker/a/x';" }, 'folder cycle'],
  ])('fails on %s', (_, files, problem) => {
    const problems = tree(files as Record<string, string>);
    expect(problems.some((p) => p.includes(problem))).toBe(true);
  });
});
