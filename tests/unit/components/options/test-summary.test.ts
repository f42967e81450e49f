import { describe, expect, it } from 'vitest';
import { testSummary } from '@/components/options/test-summary';
import type { StepResult } from '@/utils/shared/protocol';
import { translator } from '@/utils/shared/translate';
import en from '../../../../public/_locales/en/messages.json';
import ja from '../../../../public/_locales/ja/messages.json';

const steps: StepResult[] = [
  { step: 'configured', status: 'ok' },
  { step: 'permissions', status: 'warn' },
  { step: 'authorizePage', status: 'fail' },
  { step: 'consent', status: 'skipped' },
  { step: 'readSettings', status: 'skipped' },
];

describe('testSummary', () => {
  it('counts the steps per status, in the order OK, warning, failed, skipped', () => {
    expect(testSummary(steps, translator(en))).toBe('Connection test finished: 1 OK, 1 with a warning, 1 failed, 2 skipped.');
  });

  it('says it in Japanese with the same counts', () => {
    expect(testSummary(steps, translator(ja))).toBe('接続テストが終わりました。OK 1 件、警告 1 件、失敗 1 件、スキップ 2 件です。');
  });

  it('an empty run counts zero everywhere', () => {
    expect(testSummary([], translator(en))).toBe('Connection test finished: 0 OK, 0 with a warning, 0 failed, 0 skipped.');
  });
});
