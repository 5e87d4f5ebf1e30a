// Generated code, do not edit: change the spec and run `pnpm generate boxnet`.
// Tool: wsdl-tsclient 1.7.1, soap 1.13.0
// Spec: specs/boxnet/boxnet.wsdl sha256:af5cd38893ec2dca72e78a4ee7c646c17d1289594ac6a37035ec269b088a1918
// Spec: specs/boxnet/flags.json sha256:7d17ff49da0aeb3d46f120db1172f1ec259e224edd29f50141f02c428c02efe5
// Spec: specs/boxnet/statuses.json sha256:b4b12d26755ce26c29f8192f7baddeec5f0ee78777ddf36b6fd23fdc776e7e64

/** SOAPUser */
export interface SOAPUser {
  /** xsd:string */
  login: string;
  /** xsd:string */
  email: string;
  /** xsd:int, nillable */
  access_id: number | null;
  /** xsd:int */
  user_id: number;
  /** xsd:long */
  space_amount: number;
  /** xsd:long, nillable */
  space_used: number | null;
  /** xsd:long, minOccurs 0 (null when absent) */
  max_upload_size: number | null;
}

/** SOAPFolder */
export interface SOAPFolder {
  /** xsd:long */
  folder_id: number;
  /** xsd:string */
  folder_name: string;
  /** xsd:long */
  folder_type_id: number;
  /** xsd:int */
  user_id: number;
  /** xsd:string */
  path: string;
  /** xsd:int, a 0/1 flag */
  shared: boolean;
  /** xsd:string */
  public_name: string;
  /** xsd:string */
  password: string;
  /** xsd:long */
  parent_folder_id: number;
}

/** SOAPFileInfo */
export interface SOAPFileInfo {
  /** xsd:long */
  file_id: number;
  /** xsd:string */
  file_name: string;
  /** xsd:long */
  folder_id: number;
  /** xsd:long, a 0/1 flag */
  shared: boolean;
  /** xsd:string */
  public_name: string;
  /** xsd:long */
  size: number;
  /** xsd:string */
  description: string;
  /** xsd:string */
  sha1: string;
  /** xsd:long */
  created: number;
  /** xsd:long */
  updated: number;
}

/** SOAPSearchMatchType */
export interface SOAPSearchMatchType {
  /** xsd:string */
  collaborator: string;
  /** xsd:string */
  name: string;
  /** xsd:string */
  description: string;
  /** xsd:string */
  search_text: string;
}

/** SOAPSearchResultItem */
export interface SOAPSearchResultItem {
  /** xsd:string */
  name: string;
  /** xsd:long */
  id: number;
  /** xsd:string */
  description: string;
  /** xsd:string */
  folder_path: string;
  /** xsd:string */
  thumbnail: string;
  /** xsd:string */
  parent_id: string;
  /** tns:SOAPSearchMatchType */
  match_type: SOAPSearchMatchType;
}

/** SOAPComment */
export interface SOAPComment {
  /** xsd:long */
  comment_id: number;
  /** xsd:string */
  message: string;
  /** xsd:string */
  user_name: string;
  /** xsd:long */
  user_id: number;
  /** xsd:long */
  created: number;
  /** xsd:string */
  avatar_url: string;
  /** tns:ArrayOfComment, minOccurs 0 (null when absent) */
  reply_comments: ArrayOfComment | null;
}

/** ArrayOfString: SOAP-ENC:Array of xsd:string */
export type ArrayOfString = string[];

/** ArrayOfComment: SOAP-ENC:Array of tns:SOAPComment */
export type ArrayOfComment = SOAPComment[];

/** ArrayOfSearchResultItem: SOAP-ENC:Array of tns:SOAPSearchResultItem */
export type ArrayOfSearchResultItem = SOAPSearchResultItem[];

/** add_commentRequest */
export interface AddCommentRequest {
  /** xsd:string */
  api_key: string;
  /** xsd:string */
  auth_token: string;
  /** xsd:long */
  target_id: number;
  /** xsd:string */
  target: string;
  /** xsd:string */
  message: string;
}

/** add_commentResponse */
export interface AddCommentResponse {
  /** xsd:string */
  status: string;
  /** tns:SOAPComment */
  comment: SOAPComment;
}

/** add_to_myboxRequest */
export interface AddToMyboxRequest {
  /** xsd:string */
  api_key: string;
  /** xsd:string */
  auth_token: string;
  /** xsd:long */
  file_id: number;
  /** xsd:string */
  public_name: string;
  /** xsd:long */
  folder_id: number;
  /** xsd:string */
  tags: string;
}

/** add_to_myboxResponse */
export interface AddToMyboxResponse {
  /** xsd:string */
  status: string;
}

/** add_to_tagRequest */
export interface AddToTagRequest {
  /** xsd:string */
  api_key: string;
  /** xsd:string */
  auth_token: string;
  /** tns:ArrayOfString */
  tags: ArrayOfString;
  /** xsd:string */
  target: string;
  /** xsd:long */
  target_id: number;
}

/** add_to_tagResponse */
export interface AddToTagResponse {
  /** xsd:string */
  status: string;
}

/** authorizationRequest */
export interface AuthorizationRequest {
  /** xsd:string */
  api_key: string;
  /** xsd:string */
  login: string;
  /** xsd:string */
  password: string;
  /** xsd:string */
  method: string;
}

/** authorizationResponse */
export interface AuthorizationResponse {
  /** xsd:string */
  status: string;
  /** xsd:string */
  auth_token: string;
  /** tns:SOAPUser */
  user: SOAPUser;
}

/** copyRequest */
export interface CopyRequest {
  /** xsd:string */
  api_key: string;
  /** xsd:string */
  auth_token: string;
  /** xsd:string */
  target: string;
  /** xsd:long */
  target_id: number;
  /** xsd:long */
  destination_id: number;
}

/** copyResponse */
export interface CopyResponse {
  /** xsd:string */
  status: string;
  /** xsd:long */
  new_id: number;
}

/** create_folderRequest */
export interface CreateFolderRequest {
  /** xsd:string */
  api_key: string;
  /** xsd:string */
  auth_token: string;
  /** xsd:long */
  parent_id: number;
  /** xsd:string */
  name: string;
  /** xsd:long */
  share: number;
}

/** create_folderResponse */
export interface CreateFolderResponse {
  /** xsd:string */
  status: string;
  /** tns:SOAPFolder */
  folder: SOAPFolder;
}

/** delete_commentRequest */
export interface DeleteCommentRequest {
  /** xsd:string */
  api_key: string;
  /** xsd:string */
  auth_token: string;
  /** xsd:long */
  target_id: number;
}

/** delete_commentResponse */
export interface DeleteCommentResponse {
  /** xsd:string */
  status: string;
}

/** deleteRequest */
export interface DeleteRequest {
  /** xsd:string */
  api_key: string;
  /** xsd:string */
  auth_token: string;
  /** xsd:string */
  target: string;
  /** xsd:long */
  target_id: number;
}

/** deleteResponse */
export interface DeleteResponse {
  /** xsd:string */
  status: string;
}

/** export_tagsRequest */
export interface ExportTagsRequest {
  /** xsd:string */
  api_key: string;
  /** xsd:string */
  auth_token: string;
}

/** export_tagsResponse */
export interface ExportTagsResponse {
  /** xsd:string */
  status: string;
  /** xsd:base64Binary, decoded: the bytes of the payload */
  tag_xml: Uint8Array;
}

/** get_account_infoRequest */
export interface GetAccountInfoRequest {
  /** xsd:string */
  api_key: string;
  /** xsd:string */
  auth_token: string;
}

/** get_account_infoResponse */
export interface GetAccountInfoResponse {
  /** xsd:string */
  status: string;
  /** tns:SOAPUser */
  user: SOAPUser;
}

/** get_account_treeRequest */
export interface GetAccountTreeRequest {
  /** xsd:string */
  api_key: string;
  /** xsd:string */
  auth_token: string;
  /** xsd:long */
  folder_id: number;
  /** tns:ArrayOfString */
  params: ArrayOfString;
}

/** get_account_treeResponse */
export interface GetAccountTreeResponse {
  /** xsd:string */
  status: string;
  /** xsd:base64Binary, decoded: the bytes of the payload */
  tree: Uint8Array;
}

/** get_auth_tokenRequest */
export interface GetAuthTokenRequest {
  /** xsd:string */
  api_key: string;
  /** xsd:string */
  ticket: string;
}

/** get_auth_tokenResponse */
export interface GetAuthTokenResponse {
  /** xsd:string */
  status: string;
  /** xsd:string */
  auth_token: string;
  /** tns:SOAPUser */
  user: SOAPUser;
}

/** get_commentsRequest */
export interface GetCommentsRequest {
  /** xsd:string */
  api_key: string;
  /** xsd:string */
  auth_token: string;
  /** xsd:long */
  target_id: number;
  /** xsd:string */
  target: string;
}

/** get_commentsResponse */
export interface GetCommentsResponse {
  /** xsd:string */
  status: string;
  /** tns:ArrayOfComment */
  comments: ArrayOfComment;
}

/** get_file_infoRequest */
export interface GetFileInfoRequest {
  /** xsd:string */
  api_key: string;
  /** xsd:string */
  auth_token: string;
  /** xsd:long */
  file_id: number;
}

/** get_file_infoResponse */
export interface GetFileInfoResponse {
  /** xsd:string */
  status: string;
  /** tns:SOAPFileInfo */
  info: SOAPFileInfo;
}

/** get_friendsRequest */
export interface GetFriendsRequest {
  /** xsd:string */
  api_key: string;
  /** xsd:string */
  auth_token: string;
  /** tns:ArrayOfString */
  params: ArrayOfString;
}

/** get_friendsResponse */
export interface GetFriendsResponse {
  /** xsd:string */
  status: string;
  /** xsd:base64Binary, decoded: the bytes of the payload */
  friends: Uint8Array;
}

/** get_ticketRequest */
export interface GetTicketRequest {
  /** xsd:string */
  api_key: string;
}

/** get_ticketResponse */
export interface GetTicketResponse {
  /** xsd:string */
  status: string;
  /** xsd:string */
  ticket: string;
}

/** get_updatesRequest */
export interface GetUpdatesRequest {
  /** xsd:string */
  api_key: string;
  /** xsd:string */
  auth_token: string;
  /** xsd:long */
  begin_timestamp: number;
  /** xsd:long */
  end_timestamp: number;
  /** tns:ArrayOfString */
  params: ArrayOfString;
}

/** get_updatesResponse */
export interface GetUpdatesResponse {
  /** xsd:string */
  status: string;
  /** xsd:base64Binary, decoded: the bytes of the payload */
  updates: Uint8Array;
}

/** logoutRequest */
export interface LogoutRequest {
  /** xsd:string */
  api_key: string;
  /** xsd:string */
  auth_token: string;
}

/** logoutResponse */
export interface LogoutResponse {
  /** xsd:string */
  status: string;
}

/** moveRequest */
export interface MoveRequest {
  /** xsd:string */
  api_key: string;
  /** xsd:string */
  auth_token: string;
  /** xsd:string */
  target: string;
  /** xsd:long */
  target_id: number;
  /** xsd:long */
  destination_id: number;
}

/** moveResponse */
export interface MoveResponse {
  /** xsd:string */
  status: string;
}

/** private_shareRequest */
export interface PrivateShareRequest {
  /** xsd:string */
  api_key: string;
  /** xsd:string */
  auth_token: string;
  /** xsd:string */
  target: string;
  /** xsd:long */
  target_id: number;
  /** tns:ArrayOfString */
  emails: ArrayOfString;
  /** xsd:string */
  message: string;
  /** xsd:boolean */
  notify: boolean;
}

/** private_shareResponse */
export interface PrivateShareResponse {
  /** xsd:string */
  status: string;
}

/** public_shareRequest */
export interface PublicShareRequest {
  /** xsd:string */
  api_key: string;
  /** xsd:string */
  auth_token: string;
  /** xsd:string */
  target: string;
  /** xsd:long */
  target_id: number;
  /** xsd:string */
  password: string;
  /** xsd:string */
  message: string;
  /** tns:ArrayOfString */
  emails: ArrayOfString;
}

/** public_shareResponse */
export interface PublicShareResponse {
  /** xsd:string */
  status: string;
  /** xsd:string */
  public_name: string;
}

/** public_unshareRequest */
export interface PublicUnshareRequest {
  /** xsd:string */
  api_key: string;
  /** xsd:string */
  auth_token: string;
  /** xsd:string */
  target: string;
  /** xsd:long */
  target_id: number;
}

/** public_unshareResponse */
export interface PublicUnshareResponse {
  /** xsd:string */
  status: string;
}

/** register_new_userRequest */
export interface RegisterNewUserRequest {
  /** xsd:string */
  api_key: string;
  /** xsd:string */
  login: string;
  /** xsd:string */
  password: string;
}

/** register_new_userResponse */
export interface RegisterNewUserResponse {
  /** xsd:string */
  status: string;
  /** xsd:string */
  auth_token: string;
  /** tns:SOAPUser */
  user: SOAPUser;
}

/** register_paid_userRequest */
export interface RegisterPaidUserRequest {
  /** xsd:string */
  api_key: string;
  /** xsd:string */
  login: string;
  /** xsd:string */
  password: string;
  /** xsd:string */
  name: string;
  /** xsd:string */
  plan: string;
  /** xsd:string */
  period: string;
  /** xsd:string */
  credit_card_first_name: string;
  /** xsd:string */
  credit_card_last_name: string;
  /** xsd:string */
  credit_card_street_address: string;
  /** xsd:string */
  credit_card_zip: string;
  /** xsd:string */
  credit_card_country: string;
  /** xsd:string */
  credit_card_number: string;
  /** xsd:string */
  credit_card_cvv: string;
  /** xsd:string */
  credit_card_exp_date: string;
}

/** register_paid_userResponse */
export interface RegisterPaidUserResponse {
  /** xsd:string */
  status: string;
  /** xsd:string */
  auth_token: string;
  /** tns:SOAPUser */
  user: SOAPUser;
}

/** renameRequest */
export interface RenameRequest {
  /** xsd:string */
  api_key: string;
  /** xsd:string */
  auth_token: string;
  /** xsd:string */
  target: string;
  /** xsd:long */
  target_id: number;
  /** xsd:string */
  new_name: string;
}

/** renameResponse */
export interface RenameResponse {
  /** xsd:string */
  status: string;
}

/** request_friendsRequest */
export interface RequestFriendsRequest {
  /** xsd:string */
  api_key: string;
  /** xsd:string */
  auth_token: string;
  /** tns:ArrayOfString */
  emails: ArrayOfString;
  /** xsd:string */
  message: string;
  /** tns:ArrayOfString */
  params: ArrayOfString;
}

/** request_friendsResponse */
export interface RequestFriendsResponse {
  /** xsd:string */
  status: string;
}

/** searchRequest */
export interface SearchRequest {
  /** xsd:string */
  api_key: string;
  /** xsd:string */
  auth_token: string;
  /** xsd:string */
  query: string;
  /** xsd:int */
  page: number;
  /** xsd:int */
  per_page: number;
  /** xsd:string */
  sort: string;
  /** xsd:string */
  direction: string;
  /** tns:ArrayOfString */
  params: ArrayOfString;
}

/** searchResponse */
export interface SearchResponse {
  /** xsd:string */
  status: string;
  /** tns:ArrayOfSearchResultItem */
  files: ArrayOfSearchResultItem;
  /** tns:ArrayOfSearchResultItem */
  folders: ArrayOfSearchResultItem;
}

/** set_descriptionRequest */
export interface SetDescriptionRequest {
  /** xsd:string */
  api_key: string;
  /** xsd:string */
  auth_token: string;
  /** xsd:string */
  target: string;
  /** xsd:long */
  target_id: number;
  /** xsd:string */
  description: string;
}

/** set_descriptionResponse */
export interface SetDescriptionResponse {
  /** xsd:string */
  status: string;
}

/** verify_registration_emailRequest */
export interface VerifyRegistrationEmailRequest {
  /** xsd:string */
  api_key: string;
  /** xsd:string */
  login: string;
}

/** verify_registration_emailResponse */
export interface VerifyRegistrationEmailResponse {
  /** xsd:string */
  status: string;
}

/** Every operation of the BoxnetPort port with its input and output message. */
export interface BoxnetPortOperations {
  get_ticket: { input: GetTicketRequest; output: GetTicketResponse };
  get_auth_token: { input: GetAuthTokenRequest; output: GetAuthTokenResponse };
  authorization: { input: AuthorizationRequest; output: AuthorizationResponse };
  logout: { input: LogoutRequest; output: LogoutResponse };
  register_new_user: { input: RegisterNewUserRequest; output: RegisterNewUserResponse };
  register_paid_user: { input: RegisterPaidUserRequest; output: RegisterPaidUserResponse };
  verify_registration_email: { input: VerifyRegistrationEmailRequest; output: VerifyRegistrationEmailResponse };
  get_account_info: { input: GetAccountInfoRequest; output: GetAccountInfoResponse };
  get_account_tree: { input: GetAccountTreeRequest; output: GetAccountTreeResponse };
  export_tags: { input: ExportTagsRequest; output: ExportTagsResponse };
  create_folder: { input: CreateFolderRequest; output: CreateFolderResponse };
  move: { input: MoveRequest; output: MoveResponse };
  copy: { input: CopyRequest; output: CopyResponse };
  rename: { input: RenameRequest; output: RenameResponse };
  delete: { input: DeleteRequest; output: DeleteResponse };
  get_file_info: { input: GetFileInfoRequest; output: GetFileInfoResponse };
  set_description: { input: SetDescriptionRequest; output: SetDescriptionResponse };
  public_share: { input: PublicShareRequest; output: PublicShareResponse };
  public_unshare: { input: PublicUnshareRequest; output: PublicUnshareResponse };
  private_share: { input: PrivateShareRequest; output: PrivateShareResponse };
  add_to_mybox: { input: AddToMyboxRequest; output: AddToMyboxResponse };
  add_to_tag: { input: AddToTagRequest; output: AddToTagResponse };
  get_friends: { input: GetFriendsRequest; output: GetFriendsResponse };
  request_friends: { input: RequestFriendsRequest; output: RequestFriendsResponse };
  get_updates: { input: GetUpdatesRequest; output: GetUpdatesResponse };
  get_comments: { input: GetCommentsRequest; output: GetCommentsResponse };
  add_comment: { input: AddCommentRequest; output: AddCommentResponse };
  delete_comment: { input: DeleteCommentRequest; output: DeleteCommentResponse };
  search: { input: SearchRequest; output: SearchResponse };
}

/**
 * The wire contract of every boxnetPort operation: SOAPAction, input parts in WSDL order with the xsi:type
 * each is sent with, output parts, and the status literals (success, non-failing outcomes, documented errors).
 */
export const boxnetPortOperationTable = {
  get_ticket: {
    soapAction: 'urn:boxnet#Box_SoapApi#get_ticket',
    input: [{ name: 'api_key', type: 'xsd:string' }],
    output: [
      { name: 'status', type: 'xsd:string' },
      { name: 'ticket', type: 'xsd:string' },
    ],
    success: ['get_ticket_ok'],
    outcomes: [],
    errors: ['wrong_input', 'application_restricted'],
  },
  get_auth_token: {
    soapAction: 'urn:boxnet#Box_SoapApi#get_auth_token',
    input: [
      { name: 'api_key', type: 'xsd:string' },
      { name: 'ticket', type: 'xsd:string' },
    ],
    output: [
      { name: 'status', type: 'xsd:string' },
      { name: 'auth_token', type: 'xsd:string' },
      { name: 'user', type: 'tns:SOAPUser' },
    ],
    success: ['get_auth_token_ok'],
    outcomes: [],
    errors: ['get_auth_token_error', 'not_logged_in', 'application_restricted'],
  },
  authorization: {
    soapAction: 'urn:boxnet#Box_SoapApi#authorization',
    input: [
      { name: 'api_key', type: 'xsd:string' },
      { name: 'login', type: 'xsd:string' },
      { name: 'password', type: 'xsd:string' },
      { name: 'method', type: 'xsd:string' },
    ],
    output: [
      { name: 'status', type: 'xsd:string' },
      { name: 'auth_token', type: 'xsd:string' },
      { name: 'user', type: 'tns:SOAPUser' },
    ],
    success: ['logged'],
    outcomes: [],
    errors: ['invalid_login', 'application_restricted'],
  },
  logout: {
    soapAction: 'urn:boxnet#Box_SoapApi#logout',
    input: [
      { name: 'api_key', type: 'xsd:string' },
      { name: 'auth_token', type: 'xsd:string' },
    ],
    output: [{ name: 'status', type: 'xsd:string' }],
    success: ['logout_ok'],
    outcomes: [],
    errors: ['invalid_auth_token'],
  },
  register_new_user: {
    soapAction: 'urn:boxnet#Box_SoapApi#register_new_user',
    input: [
      { name: 'api_key', type: 'xsd:string' },
      { name: 'login', type: 'xsd:string' },
      { name: 'password', type: 'xsd:string' },
    ],
    output: [
      { name: 'status', type: 'xsd:string' },
      { name: 'auth_token', type: 'xsd:string' },
      { name: 'user', type: 'tns:SOAPUser' },
    ],
    success: ['successful_register'],
    outcomes: [],
    errors: ['e_register', 'email_invalid', 'email_already_registered', 'application_restricted'],
  },
  register_paid_user: {
    soapAction: 'urn:boxnet#Box_SoapApi#register_paid_user',
    input: [
      { name: 'api_key', type: 'xsd:string' },
      { name: 'login', type: 'xsd:string' },
      { name: 'password', type: 'xsd:string' },
      { name: 'name', type: 'xsd:string' },
      { name: 'plan', type: 'xsd:string' },
      { name: 'period', type: 'xsd:string' },
      { name: 'credit_card_first_name', type: 'xsd:string' },
      { name: 'credit_card_last_name', type: 'xsd:string' },
      { name: 'credit_card_street_address', type: 'xsd:string' },
      { name: 'credit_card_zip', type: 'xsd:string' },
      { name: 'credit_card_country', type: 'xsd:string' },
      { name: 'credit_card_number', type: 'xsd:string' },
      { name: 'credit_card_cvv', type: 'xsd:string' },
      { name: 'credit_card_exp_date', type: 'xsd:string' },
    ],
    output: [
      { name: 'status', type: 'xsd:string' },
      { name: 'auth_token', type: 'xsd:string' },
      { name: 'user', type: 'tns:SOAPUser' },
    ],
    success: ['successful_register'],
    outcomes: [],
    errors: [
      'e_register',
      'email_invalid',
      'email_already_registered',
      'credit_card_fields_error',
      'wrong_billing_plan',
      'wrong_billing_period',
      'billing_error',
      'application_restricted',
    ],
  },
  verify_registration_email: {
    soapAction: 'urn:boxnet#Box_SoapApi#verify_registration_email',
    input: [
      { name: 'api_key', type: 'xsd:string' },
      { name: 'login', type: 'xsd:string' },
    ],
    output: [{ name: 'status', type: 'xsd:string' }],
    success: ['email_ok'],
    outcomes: [],
    errors: ['email_invalid', 'email_already_registered', 'application_restricted'],
  },
  get_account_info: {
    soapAction: 'urn:boxnet#Box_SoapApi#get_account_info',
    input: [
      { name: 'api_key', type: 'xsd:string' },
      { name: 'auth_token', type: 'xsd:string' },
    ],
    output: [
      { name: 'status', type: 'xsd:string' },
      { name: 'user', type: 'tns:SOAPUser' },
    ],
    success: ['get_account_info_ok'],
    outcomes: [],
    errors: ['not_logged_in', 'application_restricted'],
  },
  get_account_tree: {
    soapAction: 'urn:boxnet#Box_SoapApi#get_account_tree',
    input: [
      { name: 'api_key', type: 'xsd:string' },
      { name: 'auth_token', type: 'xsd:string' },
      { name: 'folder_id', type: 'xsd:long' },
      { name: 'params', type: 'tns:ArrayOfString' },
    ],
    output: [
      { name: 'status', type: 'xsd:string' },
      { name: 'tree', type: 'xsd:base64Binary' },
    ],
    success: ['listing_ok'],
    outcomes: [],
    errors: ['e_folder_id', 'not_logged_id', 'application_restricted'],
  },
  export_tags: {
    soapAction: 'urn:boxnet#Box_SoapApi#export_tags',
    input: [
      { name: 'api_key', type: 'xsd:string' },
      { name: 'auth_token', type: 'xsd:string' },
    ],
    output: [
      { name: 'status', type: 'xsd:string' },
      { name: 'tag_xml', type: 'xsd:base64Binary' },
    ],
    success: ['export_tags_ok'],
    outcomes: [],
    errors: ['not_logged_id', 'application_restricted'],
  },
  create_folder: {
    soapAction: 'urn:boxnet#Box_SoapApi#create_folder',
    input: [
      { name: 'api_key', type: 'xsd:string' },
      { name: 'auth_token', type: 'xsd:string' },
      { name: 'parent_id', type: 'xsd:long' },
      { name: 'name', type: 'xsd:string' },
      { name: 'share', type: 'xsd:long' },
    ],
    output: [
      { name: 'status', type: 'xsd:string' },
      { name: 'folder', type: 'tns:SOAPFolder' },
    ],
    success: ['create_ok'],
    outcomes: ['s_folder_exists'],
    errors: ['e_no_parent_folder', 'not_logged_in', 'application_restricted'],
  },
  move: {
    soapAction: 'urn:boxnet#Box_SoapApi#move',
    input: [
      { name: 'api_key', type: 'xsd:string' },
      { name: 'auth_token', type: 'xsd:string' },
      { name: 'target', type: 'xsd:string' },
      { name: 'target_id', type: 'xsd:long' },
      { name: 'destination_id', type: 'xsd:long' },
    ],
    output: [{ name: 'status', type: 'xsd:string' }],
    success: ['s_move_node'],
    outcomes: [],
    errors: ['e_move_node', 'not_logged_in', 'application_restricted'],
  },
  copy: {
    soapAction: 'urn:boxnet#Box_SoapApi#copy',
    input: [
      { name: 'api_key', type: 'xsd:string' },
      { name: 'auth_token', type: 'xsd:string' },
      { name: 'target', type: 'xsd:string' },
      { name: 'target_id', type: 'xsd:long' },
      { name: 'destination_id', type: 'xsd:long' },
    ],
    output: [
      { name: 'status', type: 'xsd:string' },
      { name: 'new_id', type: 'xsd:long' },
    ],
    success: ['s_copy_node'],
    outcomes: [],
    errors: ['e_copy_node', 'not_logged_in', 'application_restricted'],
  },
  rename: {
    soapAction: 'urn:boxnet#Box_SoapApi#rename',
    input: [
      { name: 'api_key', type: 'xsd:string' },
      { name: 'auth_token', type: 'xsd:string' },
      { name: 'target', type: 'xsd:string' },
      { name: 'target_id', type: 'xsd:long' },
      { name: 'new_name', type: 'xsd:string' },
    ],
    output: [{ name: 'status', type: 'xsd:string' }],
    success: ['s_rename_node'],
    outcomes: [],
    errors: ['e_rename_node', 'not_logged_in', 'application_restricted'],
  },
  delete: {
    soapAction: 'urn:boxnet#Box_SoapApi#delete',
    input: [
      { name: 'api_key', type: 'xsd:string' },
      { name: 'auth_token', type: 'xsd:string' },
      { name: 'target', type: 'xsd:string' },
      { name: 'target_id', type: 'xsd:long' },
    ],
    output: [{ name: 'status', type: 'xsd:string' }],
    success: ['s_delete_node'],
    outcomes: [],
    errors: ['e_delete_node', 'not_logged_in', 'application_restricted'],
  },
  get_file_info: {
    soapAction: 'urn:boxnet#Box_SoapApi#get_file_info',
    input: [
      { name: 'api_key', type: 'xsd:string' },
      { name: 'auth_token', type: 'xsd:string' },
      { name: 'file_id', type: 'xsd:long' },
    ],
    output: [
      { name: 'status', type: 'xsd:string' },
      { name: 'info', type: 'tns:SOAPFileInfo' },
    ],
    success: ['s_get_file_info'],
    outcomes: [],
    errors: ['e_access_denied'],
  },
  set_description: {
    soapAction: 'urn:boxnet#Box_SoapApi#set_description',
    input: [
      { name: 'api_key', type: 'xsd:string' },
      { name: 'auth_token', type: 'xsd:string' },
      { name: 'target', type: 'xsd:string' },
      { name: 'target_id', type: 'xsd:long' },
      { name: 'description', type: 'xsd:string' },
    ],
    output: [{ name: 'status', type: 'xsd:string' }],
    success: ['s_set_description'],
    outcomes: [],
    errors: ['e_set_description'],
  },
  public_share: {
    soapAction: 'urn:boxnet#Box_SoapApi#public_share',
    input: [
      { name: 'api_key', type: 'xsd:string' },
      { name: 'auth_token', type: 'xsd:string' },
      { name: 'target', type: 'xsd:string' },
      { name: 'target_id', type: 'xsd:long' },
      { name: 'password', type: 'xsd:string' },
      { name: 'message', type: 'xsd:string' },
      { name: 'emails', type: 'tns:ArrayOfString' },
    ],
    output: [
      { name: 'status', type: 'xsd:string' },
      { name: 'public_name', type: 'xsd:string' },
    ],
    success: ['share_ok'],
    outcomes: [],
    errors: ['share_error', 'wrong_node', 'not_logged_in', 'application_restricted'],
  },
  public_unshare: {
    soapAction: 'urn:boxnet#Box_SoapApi#public_unshare',
    input: [
      { name: 'api_key', type: 'xsd:string' },
      { name: 'auth_token', type: 'xsd:string' },
      { name: 'target', type: 'xsd:string' },
      { name: 'target_id', type: 'xsd:long' },
    ],
    output: [{ name: 'status', type: 'xsd:string' }],
    success: ['unshare_ok'],
    outcomes: [],
    errors: ['unshare_error', 'wrong_node', 'not_logged_in', 'application_restricted'],
  },
  private_share: {
    soapAction: 'urn:boxnet#Box_SoapApi#private_share',
    input: [
      { name: 'api_key', type: 'xsd:string' },
      { name: 'auth_token', type: 'xsd:string' },
      { name: 'target', type: 'xsd:string' },
      { name: 'target_id', type: 'xsd:long' },
      { name: 'emails', type: 'tns:ArrayOfString' },
      { name: 'message', type: 'xsd:string' },
      { name: 'notify', type: 'xsd:boolean' },
    ],
    output: [{ name: 'status', type: 'xsd:string' }],
    success: ['private_share_ok'],
    outcomes: [],
    errors: ['private_share_error', 'wrong_node', 'not_logged_in', 'application_restricted'],
  },
  add_to_mybox: {
    soapAction: 'urn:boxnet#Box_SoapApi#add_to_mybox',
    input: [
      { name: 'api_key', type: 'xsd:string' },
      { name: 'auth_token', type: 'xsd:string' },
      { name: 'file_id', type: 'xsd:long' },
      { name: 'public_name', type: 'xsd:string' },
      { name: 'folder_id', type: 'xsd:long' },
      { name: 'tags', type: 'xsd:string' },
    ],
    output: [{ name: 'status', type: 'xsd:string' }],
    success: ['addtomybox_ok'],
    outcomes: ['s_link_exists'],
    errors: ['addtomybox_error', 'not_logged_id', 'application_restricted'],
  },
  add_to_tag: {
    soapAction: 'urn:boxnet#Box_SoapApi#add_to_tag',
    input: [
      { name: 'api_key', type: 'xsd:string' },
      { name: 'auth_token', type: 'xsd:string' },
      { name: 'tags', type: 'tns:ArrayOfString' },
      { name: 'target', type: 'xsd:string' },
      { name: 'target_id', type: 'xsd:long' },
    ],
    output: [{ name: 'status', type: 'xsd:string' }],
    success: ['addtotag_ok'],
    outcomes: [],
    errors: ['addtotag_error'],
  },
  get_friends: {
    soapAction: 'urn:boxnet#Box_SoapApi#get_friends',
    input: [
      { name: 'api_key', type: 'xsd:string' },
      { name: 'auth_token', type: 'xsd:string' },
      { name: 'params', type: 'tns:ArrayOfString' },
    ],
    output: [
      { name: 'status', type: 'xsd:string' },
      { name: 'friends', type: 'xsd:base64Binary' },
    ],
    success: ['s_get_friends'],
    outcomes: [],
    errors: ['e_get_friends'],
  },
  request_friends: {
    soapAction: 'urn:boxnet#Box_SoapApi#request_friends',
    input: [
      { name: 'api_key', type: 'xsd:string' },
      { name: 'auth_token', type: 'xsd:string' },
      { name: 'emails', type: 'tns:ArrayOfString' },
      { name: 'message', type: 'xsd:string' },
      { name: 'params', type: 'tns:ArrayOfString' },
    ],
    output: [{ name: 'status', type: 'xsd:string' }],
    success: ['s_request_friends'],
    outcomes: [],
    errors: ['e_request_friends'],
  },
  get_updates: {
    soapAction: 'urn:boxnet#Box_SoapApi#get_updates',
    input: [
      { name: 'api_key', type: 'xsd:string' },
      { name: 'auth_token', type: 'xsd:string' },
      { name: 'begin_timestamp', type: 'xsd:long' },
      { name: 'end_timestamp', type: 'xsd:long' },
      { name: 'params', type: 'tns:ArrayOfString' },
    ],
    output: [
      { name: 'status', type: 'xsd:string' },
      { name: 'updates', type: 'xsd:base64Binary' },
    ],
    success: ['s_get_updates'],
    outcomes: [],
    errors: ['e_get_updates', 'e_invalid_timestamp'],
  },
  get_comments: {
    soapAction: 'urn:boxnet#Box_SoapApi#get_comments',
    input: [
      { name: 'api_key', type: 'xsd:string' },
      { name: 'auth_token', type: 'xsd:string' },
      { name: 'target_id', type: 'xsd:long' },
      { name: 'target', type: 'xsd:string' },
    ],
    output: [
      { name: 'status', type: 'xsd:string' },
      { name: 'comments', type: 'tns:ArrayOfComment' },
    ],
    success: ['get_comments_ok'],
    outcomes: [],
    errors: ['get_comments_error'],
  },
  add_comment: {
    soapAction: 'urn:boxnet#Box_SoapApi#add_comment',
    input: [
      { name: 'api_key', type: 'xsd:string' },
      { name: 'auth_token', type: 'xsd:string' },
      { name: 'target_id', type: 'xsd:long' },
      { name: 'target', type: 'xsd:string' },
      { name: 'message', type: 'xsd:string' },
    ],
    output: [
      { name: 'status', type: 'xsd:string' },
      { name: 'comment', type: 'tns:SOAPComment' },
    ],
    success: ['add_comment_ok'],
    outcomes: [],
    errors: ['add_comment_error'],
  },
  delete_comment: {
    soapAction: 'urn:boxnet#Box_SoapApi#delete_comment',
    input: [
      { name: 'api_key', type: 'xsd:string' },
      { name: 'auth_token', type: 'xsd:string' },
      { name: 'target_id', type: 'xsd:long' },
    ],
    output: [{ name: 'status', type: 'xsd:string' }],
    success: ['delete_comment_ok'],
    outcomes: [],
    errors: ['delete_comment_error'],
  },
  search: {
    soapAction: 'urn:boxnet#Box_SoapApi#search',
    input: [
      { name: 'api_key', type: 'xsd:string' },
      { name: 'auth_token', type: 'xsd:string' },
      { name: 'query', type: 'xsd:string' },
      { name: 'page', type: 'xsd:int' },
      { name: 'per_page', type: 'xsd:int' },
      { name: 'sort', type: 'xsd:string' },
      { name: 'direction', type: 'xsd:string' },
      { name: 'params', type: 'tns:ArrayOfString' },
    ],
    output: [
      { name: 'status', type: 'xsd:string' },
      { name: 'files', type: 'tns:ArrayOfSearchResultItem' },
      { name: 'folders', type: 'tns:ArrayOfSearchResultItem' },
    ],
    success: ['search_ok'],
    outcomes: [],
    errors: ['search_error'],
  },
} as const;

/** Members of every complex type and the item type of every array, for decoders. */
export const boxnetPortTypeTable = {
  SOAPUser: {
    kind: 'struct',
    fields: [
      { name: 'login', type: 'xsd:string', nillable: false, optional: false, flag: false },
      { name: 'email', type: 'xsd:string', nillable: false, optional: false, flag: false },
      { name: 'access_id', type: 'xsd:int', nillable: true, optional: false, flag: false },
      { name: 'user_id', type: 'xsd:int', nillable: false, optional: false, flag: false },
      { name: 'space_amount', type: 'xsd:long', nillable: false, optional: false, flag: false },
      { name: 'space_used', type: 'xsd:long', nillable: true, optional: false, flag: false },
      { name: 'max_upload_size', type: 'xsd:long', nillable: false, optional: true, flag: false },
    ],
  },
  SOAPFolder: {
    kind: 'struct',
    fields: [
      { name: 'folder_id', type: 'xsd:long', nillable: false, optional: false, flag: false },
      { name: 'folder_name', type: 'xsd:string', nillable: false, optional: false, flag: false },
      { name: 'folder_type_id', type: 'xsd:long', nillable: false, optional: false, flag: false },
      { name: 'user_id', type: 'xsd:int', nillable: false, optional: false, flag: false },
      { name: 'path', type: 'xsd:string', nillable: false, optional: false, flag: false },
      { name: 'shared', type: 'xsd:int', nillable: false, optional: false, flag: true },
      { name: 'public_name', type: 'xsd:string', nillable: false, optional: false, flag: false },
      { name: 'password', type: 'xsd:string', nillable: false, optional: false, flag: false },
      { name: 'parent_folder_id', type: 'xsd:long', nillable: false, optional: false, flag: false },
    ],
  },
  SOAPFileInfo: {
    kind: 'struct',
    fields: [
      { name: 'file_id', type: 'xsd:long', nillable: false, optional: false, flag: false },
      { name: 'file_name', type: 'xsd:string', nillable: false, optional: false, flag: false },
      { name: 'folder_id', type: 'xsd:long', nillable: false, optional: false, flag: false },
      { name: 'shared', type: 'xsd:long', nillable: false, optional: false, flag: true },
      { name: 'public_name', type: 'xsd:string', nillable: false, optional: false, flag: false },
      { name: 'size', type: 'xsd:long', nillable: false, optional: false, flag: false },
      { name: 'description', type: 'xsd:string', nillable: false, optional: false, flag: false },
      { name: 'sha1', type: 'xsd:string', nillable: false, optional: false, flag: false },
      { name: 'created', type: 'xsd:long', nillable: false, optional: false, flag: false },
      { name: 'updated', type: 'xsd:long', nillable: false, optional: false, flag: false },
    ],
  },
  SOAPSearchMatchType: {
    kind: 'struct',
    fields: [
      { name: 'collaborator', type: 'xsd:string', nillable: false, optional: false, flag: false },
      { name: 'name', type: 'xsd:string', nillable: false, optional: false, flag: false },
      { name: 'description', type: 'xsd:string', nillable: false, optional: false, flag: false },
      { name: 'search_text', type: 'xsd:string', nillable: false, optional: false, flag: false },
    ],
  },
  SOAPSearchResultItem: {
    kind: 'struct',
    fields: [
      { name: 'name', type: 'xsd:string', nillable: false, optional: false, flag: false },
      { name: 'id', type: 'xsd:long', nillable: false, optional: false, flag: false },
      { name: 'description', type: 'xsd:string', nillable: false, optional: false, flag: false },
      { name: 'folder_path', type: 'xsd:string', nillable: false, optional: false, flag: false },
      { name: 'thumbnail', type: 'xsd:string', nillable: false, optional: false, flag: false },
      { name: 'parent_id', type: 'xsd:string', nillable: false, optional: false, flag: false },
      { name: 'match_type', type: 'tns:SOAPSearchMatchType', nillable: false, optional: false, flag: false },
    ],
  },
  SOAPComment: {
    kind: 'struct',
    fields: [
      { name: 'comment_id', type: 'xsd:long', nillable: false, optional: false, flag: false },
      { name: 'message', type: 'xsd:string', nillable: false, optional: false, flag: false },
      { name: 'user_name', type: 'xsd:string', nillable: false, optional: false, flag: false },
      { name: 'user_id', type: 'xsd:long', nillable: false, optional: false, flag: false },
      { name: 'created', type: 'xsd:long', nillable: false, optional: false, flag: false },
      { name: 'avatar_url', type: 'xsd:string', nillable: false, optional: false, flag: false },
      { name: 'reply_comments', type: 'tns:ArrayOfComment', nillable: false, optional: true, flag: false },
    ],
  },
  ArrayOfString: { kind: 'array', item: 'xsd:string' },
  ArrayOfComment: { kind: 'array', item: 'tns:SOAPComment' },
  ArrayOfSearchResultItem: { kind: 'array', item: 'tns:SOAPSearchResultItem' },
} as const;
