import type { Writers } from '@/utils/page/actions';
import { composeInvitation, refreshedInvitation } from '@/utils/page/ontime/invitation';
import { refreshMeeting, stripMeeting, writeMeeting } from '@/utils/page/ontime/write-back';

/** The on-demand part's writers, as loaded. */
export const writers: Writers = { composeInvitation, refreshedInvitation, writeMeeting, refreshMeeting, stripMeeting };
