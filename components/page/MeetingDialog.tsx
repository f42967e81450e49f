import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '@/utils/shared/translate';
import { formatWallClock } from '@/utils/shared/format';
import { durationMinutes } from '@/utils/shared/wall-clock';
import { passcodeProblems } from '@/utils/shared/passcode';
import type { Contact, DialogCapabilities, MeetingDraft, MeetingOptions } from '@/utils/shared/meeting-types';
import { AlternativeHosts, invalidHosts } from '@/components/page/AlternativeHosts';
import { RepeatSummary } from '@/components/page/RepeatSummary';
import { ZoomIcon } from '@/components/common/ZoomIcon';
import { isUserInput, noteBeforeInput, refuseScriptClick, trusted } from '@/components/page/trusted';

export interface MeetingDialogProps {
  draft: MeetingDraft;
  initial: MeetingOptions;
  /** An earlier create for this event got no answer at this time (ISO). */
  uncertainSince?: string;
  /** A meeting was made for this event and the event never saved with it. */
  unsavedSince?: string;
  capabilities: DialogCapabilities;
  searchContacts(query: string): Promise<Contact[]>;
  t: Translate;
  locale: string;
  onConfirm(options: MeetingOptions): void;
  onCancel(): void;
}

type Toggle = 'waitingRoom' | 'hostVideo' | 'participantVideo' | 'joinBeforeHost' | 'muteUponEntry';
const TOGGLES: Toggle[] = ['waitingRoom', 'hostVideo', 'participantVideo', 'joinBeforeHost', 'muteUponEntry'];

/** The Zoom settings for this meeting, shown before it is created. Keyboard: Esc, Enter, Tab. */
export function MeetingDialog({ draft, initial, uncertainSince, unsavedSince, capabilities, searchContacts, t, locale, onConfirm, onCancel }: MeetingDialogProps) {
  const [options, setOptions] = useState(initial);
  const dialog = useRef<HTMLDivElement>(null);
  const passcodeIssues = passcodeProblems(options.password, capabilities.passcodeRule, capabilities.passcodeRequired);
  const passcodeOk = passcodeIssues.length === 0;
  const topicOk = options.topic.trim().length > 0;
  const hostsOk = invalidHosts(options.alternativeHosts).length === 0;
  const valid = passcodeOk && topicOk && hostsOk;

  useEffect(() => {
    dialog.current?.querySelector<HTMLElement>('input')?.focus();
  }, []);
  // The warnings and the date and time are read with the dialog's name when it opens.
  const describedBy = [uncertainSince ? 'zoom-dialog-uncertain' : '', unsavedSince ? 'zoom-dialog-unsaved' : '', 'zoom-dialog-when'].filter(Boolean).join(' ');
  useEffect(() => {
    dialog.current?.closest('dialog')?.setAttribute('aria-describedby', describedBy);
  }, [describedBy]);

  const set = <K extends keyof MeetingOptions>(key: K, value: MeetingOptions[K]) => setOptions((o) => ({ ...o, [key]: value }));
  // A field changes only from the user's own input; a page script's change is put back.
  const edit =
    <K extends keyof MeetingOptions>(key: K, read: (field: HTMLInputElement) => MeetingOptions[K]) =>
    (event: Event) => {
      const field = event.currentTarget as HTMLInputElement; // or a <select>: value and type alike
      if (field.type === 'text' ? isUserInput(event) : event.isTrusted) return set(key, read(field));
      if (field.type === 'checkbox') field.checked = Boolean(options[key]);
      else field.value = String(options[key]);
    };
  const confirm = () => {
    if (!valid) return;
    const alternativeHosts = options.alternativeHosts.split(/[;,]/).map((h) => h.trim()).filter(Boolean).join(';');
    onConfirm({ ...options, topic: options.topic.trim(), alternativeHosts });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    event.stopPropagation(); // keep OnTime's own shortcuts out of our dialog
    if (!event.isTrusted) return; // a page script's keys do not answer the dialog
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    } else if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement || event.target instanceof HTMLSelectElement)) {
      event.preventDefault();
      confirm();
    } else if (event.key === 'Tab') {
      trapFocus(event, dialog.current);
    }
  };

  return (
    // The dialog role, its name and modality (showModal, or aria-modal) are the native <dialog> around this (mount-dialog.ts);
    // its description (warnings, date and time) is set on it below.
    <div class="surface" onKeyDown={onKeyDown}>
      <div class="dialog" ref={dialog}>
        <header>
          <span class="logo">
            <ZoomIcon />
          </span>
          <h2 id="zoom-dialog-title">{t('page_dialogTitle')}</h2>
        </header>
        <div class="body">
          {uncertainSince ? (
            <p class="warning" id="zoom-dialog-uncertain">
              {t('page_uncertainWarning', new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(new Date(uncertainSince)))}
            </p>
          ) : null}
          {unsavedSince ? (
            <p class="warning" id="zoom-dialog-unsaved">
              {t('page_unsavedWarning', new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(new Date(unsavedSince)))}
            </p>
          ) : null}
          <label class="field">
            {t('page_topic')}
            <input type="text" value={options.topic} maxLength={200} aria-invalid={!topicOk} onBeforeInput={noteBeforeInput} onInput={edit('topic', (f) => f.value)} />
          </label>
          <div class="when" id="zoom-dialog-when">
            {t('page_when', formatWallClock(draft.start, draft.timeZone, locale), String(durationMinutes(draft.start, draft.end)))}
          </div>
          <RepeatSummary draft={draft} t={t} locale={locale} />
          <div class="field">
            {/* The hint stays out of the label: it is the field's description, not part of its name. */}
            <label for="zoom-passcode">{t('page_passcode')}</label>
            <input
              id="zoom-passcode"
              type="text"
              value={options.password}
              maxLength={10}
              aria-invalid={!passcodeOk}
              aria-describedby="zoom-passcode-hint"
              onBeforeInput={noteBeforeInput}
              onInput={edit('password', (f) => f.value)}
            />
            <span id="zoom-passcode-hint" class={passcodeOk ? 'hint' : 'error'}>
              {[t('page_passcodeHint'), ...passcodeIssues.filter((p) => p !== 'charset').map((p) => t(`page_passcode_${p}`, String(capabilities.passcodeRule.length ?? 1)))].join(' ')}
            </span>
          </div>
          <AlternativeHosts value={options.alternativeHosts} onChange={(v) => set('alternativeHosts', v)} search={capabilities.contacts ? searchContacts : undefined} t={t} />
          <fieldset>
            <legend>{t('page_meetingOptions')}</legend>
            {capabilities.pmi ? (
              <label class="check">
                <input type="checkbox" checked={options.usePmi} onClick={refuseScriptClick} onChange={edit('usePmi', (f) => f.checked)} />
                {t('page_opt_usePmi')}
              </label>
            ) : null}
            {TOGGLES.map((key) => (
              <label class="check" key={key}>
                <input type="checkbox" checked={options[key]} onClick={refuseScriptClick} onChange={edit(key, (f) => f.checked)} />
                {t(`page_opt_${key}`)}
              </label>
            ))}
            <label class="check">
              {t('page_opt_autoRecording')}
              <select value={options.autoRecording} onChange={edit('autoRecording', (f) => f.value as MeetingOptions['autoRecording'])}>
                <option value="none">{t('page_rec_none')}</option>
                <option value="local">{t('page_rec_local')}</option>
                <option value="cloud">{t('page_rec_cloud')}</option>
              </select>
            </label>
          </fieldset>
        </div>
        <footer>
          <button type="button" onClick={trusted(onCancel)}>
            {t('page_cancel')}
          </button>
          <button type="button" class="primary" disabled={!valid} onClick={trusted(confirm)}>
            {t('page_ok')}
          </button>
        </footer>
      </div>
    </div>
  );
}

function trapFocus(event: KeyboardEvent, root: HTMLElement | null) {
  if (!root) return;
  const focusable = [...root.querySelectorAll<HTMLElement>('input, select, button:not([disabled]), a[href]')];
  if (!focusable.length) return;
  const first = focusable[0]!;
  const last = focusable[focusable.length - 1]!;
  // Where the key was pressed: a page's focus trap may have moved focus already (below).
  const active = event.target;
  if (event.defaultPrevented) {
    // A page's focus trap cancelled Tab in its capture phase (it wants focus back in its editor,
    // inert under our modal dialog, or not inert under our popover: then focus is there by now):
    // move focus ourselves, so Tab still works in here.
    const at = focusable.indexOf(active as HTMLElement);
    const next = at < 0 ? (event.shiftKey ? last : first) : focusable[(at + (event.shiftKey ? -1 : 1) + focusable.length) % focusable.length]!;
    next.focus();
  } else if (event.shiftKey && active === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}
