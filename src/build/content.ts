/**
 * What every page reads: the publication, loaded (./publication) and its
 * texts checked (./content-checks) once per build, so a broken rule stops the
 * build with one message that names the file and the field. The last of the
 * build steps (load → site pages → checks → this); it also names the entry
 * types pages and components use.
 */
import { checkTexts } from './content-checks';
import { perBuild } from './per-build';
import { loadPublication, type Publication } from './publication';

export type { Chapter, FragmentData, FragmentInfo, InterviewInfo, Page, Publication, Resource, Story, Update } from './publication';

/** The publication, after the checks on what editors wrote in the texts (images, links, warnings). */
async function loadChecked(): Promise<Publication> {
  const publication = await loadPublication();
  await checkTexts(publication);
  return publication;
}

/** The whole publication, loaded and checked once per build (afresh on every request in dev). */
export const getPublication = perBuild(loadChecked);
