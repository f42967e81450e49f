// Builds an editor's DOM in the document and returns the container the watch would find.
import { candidateContainers } from '@/utils/page/ontime/editor';

export function loadContainer(html: string): Element {
  document.body.innerHTML = html;
  return candidateContainers(document.body)[0]!;
}
