/** The whole account tree: get_account_tree (zipped on the wire, unzipped and typed by the client). */
import type { BoxnetTreeFolder } from '@fileclients/boxnet';
import { connect, run } from './config.js';

function print(folder: BoxnetTreeFolder, indent: string): void {
  for (const sub of folder.folders) {
    console.log(`${indent}${sub.name}/  (id ${sub.id})`);
    print(sub, `${indent}  `);
  }
  for (const file of folder.files) console.log(`${indent}${file.file_name}  ${file.size} B  (id ${file.id})`);
}

run(async () => {
  const box = await connect();
  const tree = await box.getAccountTree(0);
  console.log('/');
  if (tree.folders.length === 0 && tree.files.length === 0) console.log('  (the account is empty)');
  print(tree, '  ');
  await box.logout();
});
