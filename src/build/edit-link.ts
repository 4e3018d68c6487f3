/**
 * "Bewerk deze pagina": the address of a content file in the repository's web
 * editor, from one setting, EDIT_URL: the editor's address prefix, e.g.
 * https://github.com/nji/burgerinitiatieven/edit/main/ (docs/hosting.md).
 * Without it no page shows an edit link.
 */
export function editLink(file: string | undefined): string | undefined {
  const prefix = process.env['EDIT_URL']?.trim();
  if (!prefix || !file) return undefined;
  if (!/^https?:\/\/[^/]+\//.test(prefix)) {
    throw new Error(`EDIT_URL “${prefix}” is geen webadres. Zet er het adres van de webeditor van de repository in, bijvoorbeeld https://github.com/nji/burgerinitiatieven/edit/main/.`);
  }
  const path = file.replace(/^\.?\//, '').split('/').map(encodeURIComponent).join('/');
  return `${prefix.replace(/\/*$/, '/')}${path}`;
}
