import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '@/utils/shared/translate';
import { formatMeetingId, formatWallClock } from '@/utils/shared/format';
import type { ConnectionState, RecordedMeeting, ResponseOf } from '@/utils/shared/protocol';
import type { SendVerb } from '@/utils/shared/send-verb';
import { ConnectionStatus } from '@/components/common/ConnectionStatus';
import { ZoomIcon } from '@/components/common/ZoomIcon';
import { PageCheck } from '@/components/popup/PageCheck';

interface Props {
  t: Translate;
  locale: string;
  sendVerb: SendVerb;
  openOptions(): void;
}

type Listing = ResponseOf<'listMeetings'>;

/** The toolbar popup: connection, meetings that need attention, recent meetings. */
export function Popup({ t, locale, sendVerb, openOptions }: Props) {
  const [connection, setConnection] = useState<ConnectionState | null>(null);
  const [listing, setListing] = useState<Listing | null>(null);

  const refresh = () => {
    sendVerb('connectionState', {}).then(setConnection, () => undefined);
    sendVerb('listMeetings', {}).then(setListing, () => undefined);
  };
  useEffect(refresh, []);

  const attention = listing?.meetings.filter((m) => m.orphan) ?? [];
  const recent = listing?.meetings.filter((m) => !m.orphan) ?? [];

  return (
    <main>
      <header>
        <span class="logo">
          <ZoomIcon />
        </span>
        <h1>{t('extName')}</h1>
        <button type="button" class="link" onClick={openOptions}>
          {t('pop_settings')}
        </button>
      </header>

      {connection ? (
        <section>
          <ConnectionStatus state={connection} t={t} onChanged={refresh} />
        </section>
      ) : null}

      {attention.length || listing?.uncertain.length ? (
        <section>
          <h2>{t('pop_attention')}</h2>
          <ul class="meetings">
            {listing?.uncertain.map((u) => (
              <li class="uncertain" key={`u${u.startedAt}`}>
                {t('pop_uncertain', u.topic, formatWallClock(u.start, '', locale))}
              </li>
            ))}
            {attention.map((m) => (
              <MeetingRow key={m.id} meeting={m} t={t} locale={locale} sendVerb={sendVerb} onChanged={refresh} />
            ))}
          </ul>
        </section>
      ) : null}

      <PageCheck t={t} />

      <section>
        <h2>{t('pop_recent')}</h2>
        {recent.length ? (
          <ul class="meetings">
            {recent.map((m) => (
              <MeetingRow key={m.id} meeting={m} t={t} locale={locale} sendVerb={sendVerb} onChanged={refresh} />
            ))}
          </ul>
        ) : (
          <p class="empty">{t('pop_none')}</p>
        )}
      </section>
    </main>
  );
}

function MeetingRow({ meeting, t, locale, sendVerb, onChanged }: { meeting: RecordedMeeting; t: Translate; locale: string; sendVerb: SendVerb; onChanged(): void }) {
  const [confirming, setConfirming] = useState(false);
  const [copied, setCopied] = useState<'done' | 'failed' | null>(null);
  const [error, setError] = useState('');

  const copy = async () => {
    setCopied(await navigator.clipboard.writeText(meeting.joinUrl).then(() => 'done' as const, () => 'failed' as const));
    setTimeout(() => setCopied(null), 3000);
  };
  const remove = async () => {
    try {
      await sendVerb('deleteMeeting', { id: meeting.id });
      onChanged();
    } catch (e) {
      setError(String((e as Error).message));
    }
  };

  return (
    <li class={meeting.orphan ? 'orphan' : ''} aria-label={meeting.topic}>
      <div class="title">
        <strong>{meeting.topic}</strong>
        <span class="state">{meeting.orphan ? t('pop_orphan') : meeting.shared ? t('pop_shared') : t(`pop_state_${meeting.state}`)}</span>
      </div>
      <div class="meta">
        {formatWallClock(meeting.start, meeting.timeZone, locale)} · <span class="nowrap">{formatMeetingId(meeting.id)}</span>
      </div>
      <div class="actions">
        {/* A meeting whose join link Zoom gave in a form we refused is kept without one. */}
        {meeting.joinUrl ? (
          <>
            <a href={meeting.joinUrl} target="_blank" rel="noopener noreferrer">
              {t('pop_open')}
            </a>
            <button type="button" class="link" onClick={copy}>
              {t('pop_copy')}
            </button>
            {/* Made with the row and empty, so that "Copied" is said when it appears. */}
            <span class="copied" role="status">
              {copied ? t(copied === 'done' ? 'pop_copied' : 'pop_copyFailed') : ''}
            </span>
          </>
        ) : null}
        {confirming ? (
          <button type="button" class="danger" onClick={remove}>
            {t('pop_deleteConfirm')}
          </button>
        ) : (
          <button type="button" class="link danger" onClick={() => setConfirming(true)}>
            {t('pop_delete')}
          </button>
        )}
      </div>
      {error ? <p class="error" role="alert">{error}</p> : null}
    </li>
  );
}
