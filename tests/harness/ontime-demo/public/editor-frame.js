// The page inside ?variant=frame's iframe: the same editor, in this document, for the event the
// calendar (the parent page) hands over.
import { initEditor, openEditor, closeEditor, rerenderEditor, editorState } from './editor.js';

const host = window.parent.__ontimeFrameHost;
const { event, slot, directory } = host.take();
initEditor({ directory, appRoot: document.getElementById('frame-root'), onChanged: (saved) => host.changed(saved), onClosed: () => host.closed() });
openEditor(event, slot);
window.__frameEditor = { closeEditor, rerenderEditor, editorState };
