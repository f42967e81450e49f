import type { FailureData } from '@/utils/shared/failures';
import type { Translate } from '@/utils/shared/translate';

/** One localized sentence with the next step, for each kind of failure. */
export function failureMessage(failure: FailureData, t: Translate, locale: string): string {
  const p = failure.params ?? {};
  switch (failure.kind) {
    case 'rateLimited': {
      const at = p.retryAt ? new Date(p.retryAt) : null;
      const when = at && !Number.isNaN(at.getTime()) ? new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(at) : '';
      return t('page_err_rateLimited', when);
    }
    case 'scopeMissing':
      return t('page_err_scopeMissing', p.scopes || '?');
    case 'redirectNotRegistered':
      return t('page_err_redirectNotRegistered', p.redirectUri ?? '');
    case 'writeFailed':
      return t('page_err_writeFailed', p.url ?? '');
    case 'permissionMissing':
      return t('page_err_permissionMissing', p.addresses || '—');
    case 'unknown':
      return t('page_err_unknown', p.detail ?? '');
    default:
      return t(`page_err_${failure.kind}`);
  }
}
