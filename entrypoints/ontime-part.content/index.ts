import { defineContentScript } from 'wxt/utils/define-content-script';
import { bindDialog } from '@/components/page/mount-dialog';
import { tabAnswer } from '@/utils/page/page-check-answer';
import { publishPart } from '@/utils/page/part';
import { composeInvitation, refreshedInvitation } from '@/utils/page/ontime/invitation';
import { refreshMeeting, stripMeeting, writeMeeting } from '@/utils/page/ontime/write-back';

// The on-demand part of the page script: what only runs once the user clicks our button (the
// settings dialog, with Preact; the invitation's text and writing it into the editor) or our popup or options page asks for a page check. In no
// manifest entry and not web-accessible: the worker injects it (scripting.executeScript) into
// the frame whose content script asks for it (verb loadPart), in that script's isolated world.
export default defineContentScript({
  registration: 'runtime',
  main() {
    publishPart({ bindDialog, tabAnswer, composeInvitation, refreshedInvitation, writeMeeting, refreshMeeting, stripMeeting });
  },
});
