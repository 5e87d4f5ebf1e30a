<?php
// PHP's SoapClient (ext/soap) in WSDL mode driving the fileclients Box.net sandbox. Prints one JSON object of
// results; the vitest side asserts them. Usage: php sandbox-client.php <wsdl-url> <api-key> <login> <password>
ini_set('soap.wsdl_cache_enabled', '0');
[$_, $wsdl, $key, $login, $password] = $argv;
$c = new SoapClient($wsdl, ['cache_wsdl' => WSDL_CACHE_NONE, 'exceptions' => true, 'trace' => 1]);
$out = [];

$ticket = $c->get_ticket($key);
$out['get_ticket'] = $ticket['status'];
$auth = $c->authorization($key, $login, $password, '');
$out['authorization'] = $auth['status'];
$out['user_login'] = $auth['user']->login;
$out['space_amount'] = $auth['user']->space_amount;
$token = $auth['auth_token'];

$info = $c->get_account_info($key, $token);
$out['get_account_info'] = $info['status'];

$folder = $c->create_folder($key, $token, 0, 'From PHP', 1);
$out['create_folder'] = $folder['status'];
$out['folder_name'] = $folder['folder']->folder_name;
$folderId = $folder['folder']->folder_id;
$out['folder_id_is_int'] = is_int($folderId);

$tree = $c->get_account_tree($key, $token, 0, ['nozip']);
$out['get_account_tree'] = $tree['status'];
// ext/soap has already base64-decoded the xsd:base64Binary part.
$out['tree_has_folder'] = strpos($tree['tree'], 'name="From PHP"') !== false;

$zipped = $c->get_account_tree($key, $token, 0, []);
$out['tree_zipped'] = substr($zipped['tree'], 0, 4) === "PK\x03\x04";

$out['rename'] = $c->rename($key, $token, 'folder', $folderId, 'Renamed by PHP');
$share = $c->public_share($key, $token, 'folder', $folderId, '', 'hi', ['a@example.com', 'b@example.com']);
$out['public_share'] = $share['status'];
$out['add_to_tag'] = $c->add_to_tag($key, $token, ['php'], 'folder', $folderId);
$tags = $c->export_tags($key, $token);
$out['tags'] = $tags['tag_xml'];
$search = $c->search($key, $token, 'Renamed', 1, 10, 'name', 'asc', []);
$out['search'] = $search['status'];
$out['search_folders'] = array_map(fn ($f) => $f->name, is_array($search['folders']) ? $search['folders'] : []);
$out['delete'] = $c->delete($key, $token, 'folder', $folderId);
$out['logout'] = $c->logout($key, $token);
$after = $c->get_account_info($key, $token);
$out['after_logout'] = is_array($after) ? $after['status'] : $after;
echo json_encode($out, JSON_PRETTY_PRINT), "\n";
