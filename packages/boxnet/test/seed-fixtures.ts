/**
 * The seed document's sample responses, as Box sent them, with the scraping damage repaired:
 *  - `xsi:ty'e` (authorization), `successfu'_register` (register_*), `<?x'l` (public_unshare) and `sch'mas`
 *    (private_share) restored;
 *  - the trailing `<br>` after get_account_tree's envelope dropped;
 *  - the raw `&` of get_friends' avatar URL is escaped (research/box.md, where the seed is wrong, item 8: it makes
 *    the sample not well-formed XML).
 * get_friends and get_updates carry their document inline, as child elements of the base64Binary part, as printed.
 * Everything else (sid/file aliases, xsd:int for longs, xsi:nil, empty strings, namespaces) is kept as sent.
 */
export function boxResponse(operation: string, inner: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/"
xmlns:xsd="http://www.w3.org/2001/XMLSchema"
xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
xmlns:SOAP-ENC="http://schemas.xmlsoap.org/soap/encoding/"
xmlns:ns4="urn:boxnet"
SOAP-ENV:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/"
>
<SOAP-ENV:Body>
<ns4:${operation}Response>
${inner}
</ns4:${operation}Response>
</SOAP-ENV:Body>
</SOAP-ENV:Envelope>`;
}

const status = (s: string) => `<status xsi:type="xsd:string">${s}</status>`;
const user = (
  login: string,
  nil: boolean,
  userId: number,
  amount: number,
  used: string,
) => `<user xsi:type="ns4:SOAPUser">
<login xsi:type="xsd:string">${login}</login>
<email xsi:type="xsd:string">${login}</email>
${nil ? '<access_id xsi:type="xsd:int" xsi:nil="true"/>' : '<access_id xsi:type="xsd:int">453</access_id>'}
<user_id xsi:type="xsd:int">${userId}</user_id>
<space_amount xsi:type="xsd:long">${amount}</space_amount>
${used === 'nil' ? '<space_used xsi:type="xsd:long" xsi:nil="true"/>' : `<space_used xsi:type="xsd:long">${used}</space_used>`}
</user>`;

export const FRIENDS_XML = `<friends>
<friend>
<name>email2@example.com</name>
<email>email2@example.com</email>
<accepted>1</accepted>
<avatar_url>
http://box.net/index.php?rm=box_user_avatar&amp;user_id=398396
&amp;width=40&amp;height=40&amp;type=large
</avatar_url>
<boxes>
<box>
<id>15</id>
<url>http://box.net/p/email2</url>
<status>0</status>
</box>
</boxes>
<subscriptions>
<subscription>
<box_id>14</box_id>
<user_name>email3@example.com</user_name>
<url>http://box.net/p/email3</url>
<status>subscribed</status>
</subscription>
</subscriptions>
</friend>
</friends>`;

export const UPDATES_XML = `<updates>
<update>
<name></name>
<message></message>
<updated>1180341648</updated>
<user_name>email1@example.xom</user_name>
<public_url>http://box.net/p/email1</public_url>
<files>
<file>
<name></name>
<size>293.5 KB</size>
<date>May 28, 2007</date>
<thumbnail>
http://dav1.box.net/large_thumb/2007-05-28/b711d51b95bd
888ada7a46999b3d2b70.jpg
</thumbnail>
</file>
</files>
</update>
</updates>`;

export const b64 = (text: string) =>
  Buffer.from(text, 'utf8')
    .toString('base64')
    .replace(/(.{76})/g, '$1\n');

/** Operation -> the inner part of its seed response. */
export const SEED_RESPONSES: Readonly<Record<string, string>> = {
  get_ticket: `${status('get_ticket_ok')}\n<ticket xsi:type="xsd:string">819f55922d47097715b723218176a3a5</ticket>`,
  get_auth_token: `${status('get_auth_token_ok')}\n<auth_token xsi:type="xsd:string">819f55922d47097715b723218176a3a5</auth_token>\n${user('login@email.com', false, 453, 2147483648, '49927894')}`,
  authorization: `${status('logged')}\n<auth_token xsi:type="xsd:string">819f55922d47097715b723218176a3a5</auth_token>\n${user('login@email.com', false, 453, 2147483648, '49927894')}`,
  logout: status('logout_ok'),
  register_new_user: `${status('successful_register')}\n<sid xsi:type="xsd:string">70608aca552d69d475e48ec602119d4a</sid>\n${user('newuser@email.com', true, 398376, 1073741824, 'nil')}`,
  register_paid_user: `${status('successful_register')} <sid xsi:type="xsd:string">70608aca552d69d475e48ec602119d4a</sid> ${user('johndoe@example.com', true, 398376, 1073741824, 'nil')}`,
  verify_registration_email: status('email_ok'),
  get_account_tree: `${status('listing_ok')}
<tree xsi:type="xsd:base64Binary">
PD94bWwgdmVyc2lvbj0iMS4wIj8+PGZvbGRlciBpZD0iMCIgbmFtZT0iIiBzaGFyZWQ9IiIgc2hhcmVkX2xpbms9IiIgP
jx0YWdzPjwvdGFncz48ZmlsZXM+PGZpbGUgaWQ9IjI3OTEiIGZpbGVfbmFtZT0iMS5naWYiIHNoYXJlZD0iMCIgY3JlYX
RlZD0iMTE1NzUzODcwOSIgdXBkYXRlZD0iMTE2MTU5MTMxNSIgc2l6ZT0iNTA1IiBzaGFyZWRfbGluaz0iIiAgPjx0YWd
zPjwvdGFncz48L2ZpbGU+PC9maWxlcz48L2ZvbGRlcj4=
</tree>`,
  export_tags: `${status('export_tags_ok')}
<tag_xml xsi:type="xsd:base64Binary">
PD94bWwgdmVyc2lvbj0iMS4wIj8+PHRhZ3M+PHRhZyBpZD0iMzciPnRhZzE8L3RhZz48dGFnIGlk
PSIzOCI+dGFnMjwvdGFnPjwvdGFncz4=
</tag_xml>`,
  create_folder: `${status('create_ok')}
<folder xsi:type="ns4:SOAPFolder">
<folder_id xsi:type="xsd:long">541</folder_id>
<folder_name xsi:type="xsd:string">New Folder</folder_name>
<folder_type_id xsi:type="xsd:long">0</folder_type_id>
<user_id xsi:type="xsd:int">453</user_id>
<path xsi:type="xsd:string">/12345wwv</path>
<shared xsi:type="xsd:int">0</shared>
<public_name xsi:type="xsd:string">gh23ghjj</public_name>
<password xsi:type="xsd:string"></password>
<parent_folder_id xsi:type="xsd:long">428</parent_folder_id>
</folder>`,
  move: status('s_move_node'),
  rename: status('s_rename_node'),
  delete: status('s_delete_node'),
  public_share: `${status('share_ok')}\n<public_name xsi:type="xsd:string">a64ebam2dx</public_name>`,
  public_unshare: status('unshare_ok'),
  private_share: status('private_share_ok'),
  add_to_mybox: status('addtomybox_ok'),
  add_to_tag: status('addtotag_ok'),
  get_file_info: `${status('s_get_file_info')} <file xsi:type="ns4:SOAPFileInfo"> <file_id xsi:type="xsd:long">224</file_id> <file_name xsi:type="xsd:string">Box Press Release.doc</file_name> <folder_id xsi:type="xsd:long">0</folder_id> <shared xsi:type="xsd:int">0</shared> <public_name xsi:type="xsd:string"></public_name> <size xsi:type="xsd:long">22528</size> <description xsi:type="xsd:string"></description> <sha1 xsi:type="xsd:string">9a0bc49038c167151c544ac0b5fc9042335a41a3</sha1> <created xsi:type="xsd:long">1182159570</created> <updated xsi:type="xsd:long">1182159571</updated></file>`,
  set_description: status('s_set_description'),
  get_friends: `${status('s_get_friends')}\n<friends xsi:type="xsd:base64Binary">\n${FRIENDS_XML}\n</friends>`,
  request_friends: status('s_request_friends'),
  get_updates: `${status('s_get_updates')}\n<updates xsi:type="xsd:base64Binary">\n${UPDATES_XML}\n</updates>`,
};
