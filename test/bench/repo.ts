/** The repository's root folder. */
export { REPO_ROOT as REPO } from '../../db/repo-root';
