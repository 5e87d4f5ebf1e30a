<?php
// A PHP SoapServer (ext/soap, WSDL mode) serving specs/boxnet/boxnet.wsdl, whose handlers answer with the seed
// document's sample values. Each handler first checks that the arguments arrived as the seed's request sample sent
// them (types included), so a request our client encodes wrongly gets a failure status instead of a success.
// Run: BOXNET_WSDL=/path/to/boxnet.wsdl php -S 127.0.0.1:0 seed-server.php

ini_set('soap.wsdl_cache_enabled', '0');
$wsdl = getenv('BOXNET_WSDL');
if ($wsdl === false || !is_readable($wsdl)) {
    http_response_code(500);
    echo "BOXNET_WSDL is not set or not readable\n";
    return true;
}
if ($_SERVER['REQUEST_METHOD'] === 'GET') {
    header('Content-Type: text/xml; charset=utf-8');
    readfile($wsdl);
    return true;
}

const KEY = 'rrc1d3n4b53tt6b2vh1il6tdtrsxov3v';
const TOKEN = '819f55922d47097715b723218176a3a5';

function seed_user(string $login, bool $registered): array
{
    return [
        'login' => $login,
        'email' => $login,
        'access_id' => $registered ? null : 453,
        'user_id' => $registered ? 398376 : 453,
        'space_amount' => $registered ? 1073741824 : 2147483648,
        'space_used' => $registered ? null : 49927894,
    ];
}

final class SeedBox
{
    private function session(string $key, string $token): bool
    {
        return $key === KEY && $token === TOKEN;
    }

    public function get_ticket($api_key)
    {
        if ($api_key !== KEY) return ['status' => 'application_restricted', 'ticket' => ''];
        return ['status' => 'get_ticket_ok', 'ticket' => '819f55922d47097715b723218176a3a5'];
    }

    public function get_auth_token($api_key, $ticket)
    {
        if ($ticket !== 'bxquuv025arztljze2n438md9zef95e8') return ['status' => 'get_auth_token_error'];
        return ['status' => 'get_auth_token_ok', 'auth_token' => TOKEN, 'user' => seed_user('login@email.com', false)];
    }

    public function authorization($api_key, $login, $password, $method)
    {
        if ($login !== 'login@email.com' || $password !== 'password' || $method !== '') return ['status' => 'invalid_login'];
        return ['status' => 'logged', 'auth_token' => TOKEN, 'user' => seed_user('login@email.com', false)];
    }

    public function logout($api_key, $auth_token)
    {
        return $this->session($api_key, $auth_token) ? 'logout_ok' : 'invalid_auth_token';
    }

    public function register_new_user($api_key, $login, $password)
    {
        if ($login !== 'tapi@email.com') return ['status' => 'email_invalid'];
        return ['status' => 'successful_register', 'auth_token' => '70608aca552d69d475e48ec602119d4a', 'user' => seed_user('newuser@email.com', true)];
    }

    public function register_paid_user($api_key, $login, $password, $name, $plan, $period, $first, $last, $street, $zip, $country, $number, $cvv, $exp)
    {
        if ($plan !== 'Business' || $period !== 'Year' || $exp !== '1109') return ['status' => 'credit_card_fields_error'];
        return ['status' => 'successful_register', 'auth_token' => '70608aca552d69d475e48ec602119d4a', 'user' => seed_user('johndoe@example.com', true)];
    }

    public function verify_registration_email($api_key, $login)
    {
        return $login === 'tapi@email.com' ? 'email_ok' : 'email_invalid';
    }

    public function get_account_info($api_key, $auth_token)
    {
        if (!$this->session($api_key, $auth_token)) return ['status' => 'not_logged_in'];
        return ['status' => 'get_account_info_ok', 'user' => seed_user('login@email.com', false) + ['max_upload_size' => 104857600]];
    }

    public function get_account_tree($api_key, $auth_token, $folder_id, $params)
    {
        if (!$this->session($api_key, $auth_token)) return ['status' => 'not_logged_id'];
        if ($folder_id !== 0 || !is_array($params)) return ['status' => 'e_folder_id'];
        // ext/soap base64-encodes a string returned for an xsd:base64Binary part.
        $tree = '<?xml version="1.0"?><folder id="0" name="" shared="" shared_link="" ><tags></tags><files>'
            . '<file id="2791" file_name="1.gif" shared="0" created="1157538709" updated="1161591315" size="505" shared_link=""  ><tags></tags></file>'
            . '</files></folder>';
        return ['status' => 'listing_ok', 'tree' => $tree];
    }

    public function export_tags($api_key, $auth_token)
    {
        return ['status' => 'export_tags_ok', 'tag_xml' => '<?xml version="1.0"?><tags><tag id="37">tag1</tag><tag id="38">tag2</tag></tags>'];
    }

    public function create_folder($api_key, $auth_token, $parent_id, $name, $share)
    {
        if ($parent_id !== 428 || $name !== 'New Folder' || $share !== 1) return ['status' => 'e_no_parent_folder'];
        return ['status' => 'create_ok', 'folder' => [
            'folder_id' => 541, 'folder_name' => 'New Folder', 'folder_type_id' => 0, 'user_id' => 453,
            'path' => '/12345wwv', 'shared' => 0, 'public_name' => 'gh23ghjj', 'password' => '', 'parent_folder_id' => 428,
        ]];
    }

    public function move($api_key, $auth_token, $target, $target_id, $destination_id)
    {
        return ($target === 'file' && $target_id === 3777 && $destination_id === 440) ? 's_move_node' : 'e_move_node';
    }

    public function copy($api_key, $auth_token, $target, $target_id, $destination_id)
    {
        if ($target !== 'file' || $target_id !== 3777) return ['status' => 'e_copy_node'];
        return ['status' => 's_copy_node', 'new_id' => 3780];
    }

    public function rename($api_key, $auth_token, $target, $target_id, $new_name)
    {
        return ($target === 'file' && $target_id === 3778 && $new_name === '4.jpg') ? 's_rename_node' : 'e_rename_node';
    }

    public function delete($api_key, $auth_token, $target, $target_id)
    {
        return ($target === 'file' && $target_id === 3695) ? 's_delete_node' : 'e_delete_node';
    }

    public function get_file_info($api_key, $auth_token, $file_id)
    {
        if ($file_id !== 224) return ['status' => 'e_access_denied'];
        return ['status' => 's_get_file_info', 'info' => [
            'file_id' => 224, 'file_name' => 'Box Press Release.doc', 'folder_id' => 0, 'shared' => 0, 'public_name' => '',
            'size' => 22528, 'description' => '', 'sha1' => '9a0bc49038c167151c544ac0b5fc9042335a41a3',
            'created' => 1182159570, 'updated' => 1182159571,
        ]];
    }

    public function set_description($api_key, $auth_token, $target, $target_id, $description)
    {
        return ($target_id === 224 && $description === '123') ? 's_set_description' : 'e_set_description';
    }

    public function public_share($api_key, $auth_token, $target, $target_id, $password, $message, $emails)
    {
        if ($emails !== ['notify1@email.com', 'notify2@email.com'] || $message !== 'hey') return ['status' => 'share_error'];
        return ['status' => 'share_ok', 'public_name' => 'a64ebam2dx'];
    }

    public function public_unshare($api_key, $auth_token, $target, $target_id)
    {
        return $target_id === 3778 ? 'unshare_ok' : 'unshare_error';
    }

    public function private_share($api_key, $auth_token, $target, $target_id, $emails, $message, $notify)
    {
        return ($emails === ['some@email.com'] && $notify === true) ? 'private_share_ok' : 'private_share_error';
    }

    public function add_to_mybox($api_key, $auth_token, $file_id, $public_name, $folder_id, $tags)
    {
        return ($public_name === 'n3myhu0zif' && $folder_id === 541 && $tags === '') ? 'addtomybox_ok' : 'addtomybox_error';
    }

    public function add_to_tag($api_key, $auth_token, $tags, $target, $target_id)
    {
        return ($tags === ['music', 'mp3'] && $target_id === 224) ? 'addtotag_ok' : 'addtotag_error';
    }

    public function get_friends($api_key, $auth_token, $params)
    {
        $xml = '<friends><friend><name>email2@example.com</name><email>email2@example.com</email><accepted>1</accepted>'
            . '<avatar_url>http://box.net/index.php?rm=box_user_avatar&amp;user_id=398396&amp;width=40&amp;height=40&amp;type=large</avatar_url>'
            . '<boxes><box><id>15</id><url>http://box.net/p/email2</url><status>0</status></box></boxes>'
            . '<subscriptions><subscription><box_id>14</box_id><user_name>email3@example.com</user_name>'
            . '<url>http://box.net/p/email3</url><status>subscribed</status></subscription></subscriptions></friend></friends>';
        return ['status' => $params === ['nozip'] ? 's_get_friends' : 'e_get_friends', 'friends' => $xml];
    }

    public function request_friends($api_key, $auth_token, $emails, $message, $params)
    {
        return ($emails === ['email1@example.com', 'email2@example.com'] && $params === ['auto_subscribe']) ? 's_request_friends' : 'e_request_friends';
    }

    public function get_updates($api_key, $auth_token, $begin_timestamp, $end_timestamp, $params)
    {
        if ($begin_timestamp !== 0 || $end_timestamp !== 1180341648) return ['status' => 'e_invalid_timestamp'];
        $xml = '<updates><update><name></name><message></message><updated>1180341648</updated>'
            . '<user_name>email1@example.xom</user_name><public_url>http://box.net/p/email1</public_url><files><file>'
            . '<name></name><size>293.5 KB</size><date>May 28, 2007</date>'
            . '<thumbnail>http://dav1.box.net/large_thumb/2007-05-28/b711d51b95bd888ada7a46999b3d2b70.jpg</thumbnail>'
            . '</file></files></update></updates>';
        return ['status' => 's_get_updates', 'updates' => $xml];
    }

    private function comment(int $id, string $message): array
    {
        return ['comment_id' => $id, 'message' => $message, 'user_name' => 'login', 'user_id' => 453, 'created' => 1182159570, 'avatar_url' => ''];
    }

    public function get_comments($api_key, $auth_token, $target_id, $target)
    {
        $first = $this->comment(1, 'first') + ['reply_comments' => [$this->comment(2, 'reply')]];
        return ['status' => 'get_comments_ok', 'comments' => [$first, $this->comment(3, 'second')]];
    }

    public function add_comment($api_key, $auth_token, $target_id, $target, $message)
    {
        return ['status' => 'add_comment_ok', 'comment' => $this->comment(4, $message)];
    }

    public function delete_comment($api_key, $auth_token, $target_id)
    {
        return $target_id === 4 ? 'delete_comment_ok' : 'delete_comment_error';
    }

    public function search($api_key, $auth_token, $query, $page, $per_page, $sort, $direction, $params)
    {
        $hit = ['name' => 'Box Press Release.doc', 'id' => 224, 'description' => '', 'folder_path' => '/', 'thumbnail' => '',
            'parent_id' => '0', 'match_type' => ['collaborator' => '', 'name' => 'Box', 'description' => '', 'search_text' => '']];
        return ['status' => $page === 1 ? 'search_ok' : 'search_error', 'files' => [$hit], 'folders' => []];
    }
}

$server = new SoapServer($wsdl, ['cache_wsdl' => WSDL_CACHE_NONE]);
$server->setClass(SeedBox::class);
$server->handle();
return true;
