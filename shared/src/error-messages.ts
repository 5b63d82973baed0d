// Every error the marketplace reports, once: a stable code, the parameters its sentence names, and that
// sentence in English. The API answers the code and the parameters (and this English sentence, for logs and
// API consumers); the web turns the code into a sentence in the reader's language (its `error.<CODE>`
// messages, which a test keeps in step with this list). Shared validation rules return codes too.
//
// A sentence names its values as `{name}`, filled from the parameters. `{wait}` is special: it is the
// `retryAfter` parameter (seconds) as a person reads it ("10 minutes"), formatted by whoever renders it.

export const ERROR_MESSAGES = {
  // ---- Signing in and permissions ----
  UNAUTHENTICATED: 'You need to sign in to do this.',
  ACCOUNT_GONE: 'Your account no longer exists.',
  FORBIDDEN: 'You are not allowed to do this.',
  USERS_OFFICE_ONLY: 'Only administrators and officers can list users.',
  ROLES_ADMIN_ONLY: 'Only administrators change roles.',
  DISABLE_ADMIN_ONLY: 'Only administrators disable accounts.',
  INSTITUTES_ADMIN_ONLY: 'Only administrators manage institutes.',
  SITE_PAGES_ADMIN_ONLY: 'Only administrators edit the network’s pages.',
  INVITATIONS_NOT_VISIBLE: 'You cannot see invitations.',
  INVITATION_NOT_YOURS: 'This invitation is not yours to manage.',
  INVITE_OWN_INSTITUTE_ROLES_ONLY: 'Officers invite researchers and officers of their institute only.',
  INVITE_OWN_INSTITUTE_ONLY: 'Officers invite people to their own institute only.',
  INVITE_OWN_COMPANY_ONLY: 'Company members invite colleagues to their own company only.',
  RESEARCHERS_CANNOT_INVITE: 'Researchers cannot invite anyone; ask your technology-transfer office.',
  COMPANY_MEMBERS_NOT_VISIBLE: "Only the company's members can see who belongs to it.",
  COMPANY_PROFILE_MEMBERS_ONLY: 'Only company members edit their company’s profile.',
  COMPANY_PROFILE_OWN_ONLY: 'You can edit your own company’s profile only.',
  DIRECTORY_REVIEW_OFFICE_ONLY:
    'Only administrators and technology-transfer officers decide who is listed in the directory.',
  LISTINGS_OFFICE_ONLY: 'Only the technology-transfer office manages listings.',
  LISTING_CREATE_OFFICE_ONLY: 'Only the technology-transfer office creates listings.',
  LISTING_EDIT_OFFICE_ONLY: 'Only the technology-transfer office edits listings.',
  LISTING_OWN_INSTITUTE_ONLY: 'Officers create listings for their own institute only.',
  LISTING_NOT_EDITABLE_BY_YOU: 'This listing does not exist or is not yours to edit.',
  INVENTOR_LISTINGS_RESEARCHERS_ONLY: 'Only researchers are inventors of listings.',
  ASSET_INTEREST_NOT_VISIBLE: 'Only the inventors and the office of this listing see the interest it drew.',
  EOI_NOT_VISIBLE: 'This expression of interest does not exist or is not yours to see.',
  EOI_DESK_NOT_FOR_RESEARCHERS: 'Researchers see the interest in their listings on the listings themselves.',
  EOI_COMPANY_MEMBERS_ONLY: 'Only members of a company can express interest.',
  EOI_INTERNAL_NOTES_OFFICE_ONLY: 'Only the office can write internal notes.',
  EOI_ASSIGN_OFFICE_ONLY: 'Only the office assigns expressions of interest.',
  EOI_PRIORITY_OFFICE_ONLY: 'Only the office sets priorities.',
  DISCLOSURE_NOT_VISIBLE: 'This disclosure does not exist or is not yours to see.',
  DISCLOSURE_WRITE_RESEARCHERS_ONLY: 'Only researchers write invention disclosures.',
  DISCLOSURE_EDIT_RESEARCHERS_ONLY: 'Only the researchers on a disclosure edit it.',
  DISCLOSURE_SUBMIT_RESEARCHERS_ONLY: 'Only the researchers on a disclosure submit it.',
  DISCLOSURE_ASSESS_OFFICE_ONLY: 'Only the office assesses disclosures.',
  DISCLOSURE_ASSIGN_OFFICE_ONLY: 'Only the office assigns disclosures.',
  ATTACHMENT_NOT_VISIBLE: 'This file does not exist or is not yours to see.',
  ATTACHMENT_ADD_RESEARCHERS_ONLY: 'The office can read the attached files, but only the researchers add them.',
  ATTACHMENT_REMOVE_RESEARCHERS_ONLY:
    'The office reads the attached files but does not remove them: the researchers do.',
  EXPORT_OFFICE_ONLY: 'Only the technology-transfer office and administrators export lists.',
  UPLOAD_NOT_FROM_WEB_APP: 'Uploads are accepted only from the TT Marketplace web app.',

  // ---- Requests the client can correct (arguments, pages, filters) ----
  BAD_REQUEST: 'This request is not valid.',
  INVALID_ID: '"{value}" is not a valid {type} id.',
  TEXT_TOO_LONG: 'Use at most {max} characters.',
  TEXT_CONTROL_CHARACTER: 'Control characters are not allowed (U+{character}).',
  TEXT_NOT_UNICODE: 'This text is not valid Unicode.',
  TEXT_NOT_SINGLE_LINE: 'This text must be a single line.',
  CURSOR_INVALID: 'This page marker is not valid; start again from the first page.',
  PAGE_SIZE_OUT_OF_RANGE: 'Ask for between {min} and {max} items at a time.',
  QUERY_TOO_LONG: 'The search is too long: at most {max} characters.',
  TOO_MANY_VALUES: 'At most {max} values.',
  UNKNOWN_SECTOR_FILTER: 'Unknown sector "{value}".',
  UNKNOWN_INSTITUTE_FILTER: 'Unknown institute "{value}".',
  TRL_FILTER_OUT_OF_RANGE: 'The TRL must be between {min} and {max}.',
  TRL_FILTER_INVERTED: 'The lowest TRL must not be greater than the highest.',
  AGE_FILTER_OUT_OF_RANGE: 'The age in days must be between {min} and {max}.',
  COUNTRY_FILTER_INVALID: '"{value}" is not an ISO country code.',
  SUBSCRIPTIONS_OVER_WEBSOCKET_ONLY:
    'Only subscriptions over WebSocket; send queries and mutations with POST /graphql.',
  NOT_FOUND: 'There is nothing here.',
  ADDRESS_INVALID: 'This address is not valid.',
  INTERNAL: 'Something went wrong on our side; try again.',

  // ---- Limits on how often ----
  TOO_MANY_REQUESTS: 'Too many requests; try again in {wait}.',
  TOO_MANY_SIGN_UPS: 'Too many sign-ups from this address; try again in {wait}.',
  TOO_MANY_RESETS_FOR_EMAIL: 'Too many password-reset requests for this e-mail address; try again in {wait}.',
  TOO_MANY_RESETS_FROM_ADDRESS: 'Too many password-reset requests from this address; try again in {wait}.',
  TOO_MANY_VERIFICATION_LINKS:
    'A new confirmation link was sent several times in the last hour; check your inbox (and spam folder); try again in {wait}.',
  TOO_MANY_INVITATIONS_SENT: 'You have sent many invitations in the last hour; try again in {wait}.',
  TOO_MANY_INVITATIONS_TO_ORGANISATION: 'Many invitations to this organisation were sent today; try again in {wait}.',
  TOO_MANY_MESSAGES: 'You have posted many messages in the last hour; try again in {wait}.',
  TOO_MANY_ATTEMPTS: 'Too many attempts. Try again in {wait}.',
  TOO_MANY_SUBSCRIPTIONS: 'Too many subscriptions on this connection: at most {max} at once.',
  CATALOGUE_BUSY: 'The catalogue is very busy right now; try again in {wait}.',
  SEARCH_TIMED_OUT: 'This search took too long and was stopped; try again in {wait}, or narrow it down.',

  // ---- Accounts ----
  INVALID_CREDENTIALS: 'The e-mail or the password is not correct.',
  CURRENT_PASSWORD_INCORRECT: 'The current password is not correct.',
  NAME_REQUIRED: 'Enter your full name.',
  EMAIL_INVALID: 'Enter a valid e-mail address.',
  PHONE_INVALID: 'Enter a phone number: digits, spaces and + ( ) . - only, 6 to 17 digits.',
  EMAIL_TAKEN: 'An account with this e-mail already exists. Log in or reset your password.',
  TERMS_NOT_ACCEPTED: 'Please read and accept the terms of use to create an account.',
  TERMS_CHANGED: 'The terms of use have just changed: please read them again and accept the current version.',
  INVITEE_HAS_ACCOUNT: 'Someone with this e-mail address already has an account.',
  PASSWORD_TOO_SHORT: 'Use at least {min} characters.',
  PASSWORD_TOO_LONG: 'Use at most {max} characters.',
  PASSWORD_TOO_COMMON: 'This password is too common; choose one that is hard to guess.',
  PASSWORD_CONTAINS_EMAIL: 'The password must not contain your e-mail address.',
  COMPANY_DETAILS_REQUIRED: 'Give your company’s name, country and size.',
  SESSION_NOT_FOUND: 'There is no such session.',
  INVALID_TOKEN: 'This link is not valid or was already used. Ask for a new one.',
  TOKEN_EXPIRED: 'This link has expired. Ask for a new one.',
  INVITATION_TOKEN_INVALID:
    'This invitation link is not valid, was already used or was withdrawn. Ask for a new invitation.',
  INVITATION_EXPIRED: 'This invitation has expired. Ask the person who invited you to send a new one.',
  INVITATION_NOT_FOUND: 'There is no such invitation.',
  INVITATION_ALREADY_ACCEPTED: 'This invitation was already accepted.',
  USER_NOT_FOUND: 'There is no such user.',
  INSTITUTION_REQUIRED: 'Researchers and officers belong to an institute: choose one.',
  INSTITUTE_ROLE_WITHOUT_COMPANY: 'Researchers and officers do not belong to a company.',
  COMPANY_REQUIRED: 'Company members belong to a company: choose one.',
  COMPANY_MEMBER_WITHOUT_INSTITUTE: 'Company members do not belong to an institute.',
  ADMIN_WITHOUT_ORGANISATION: 'Administrators belong to the network, not to an institute or a company.',
  CANNOT_DEMOTE_SELF: 'You cannot take away your own administrator role.',
  CANNOT_DISABLE_SELF: 'You cannot disable your own account.',

  PLATFORM_MANAGER_PLATFORMS_REQUIRED: 'Platform managers manage at least one platform: choose it.',
  PLATFORM_OF_ANOTHER_INSTITUTE: 'A platform manager manages platforms of their own institute only.',
  PLATFORMS_FOR_PLATFORM_MANAGERS_ONLY: 'Only platform managers are attached to platforms.',

  // ---- Institutes and companies ----
  INSTITUTE_NOT_FOUND: 'There is no such institute.',
  SITE_PAGE_TEXT_TOO_SHORT: 'Write the page: at least {min} characters.',
  INSTITUTE_NAME_REQUIRED: 'Enter the name.',
  INSTITUTE_SHORT_NAME_REQUIRED: 'Enter the short name.',
  CITY_REQUIRED: 'Enter the city.',
  REGION_REQUIRED: 'Enter the region.',
  SLUG_INVALID: 'Use 2 to 80 lower-case letters, digits and dashes, starting with a letter or digit.',
  SLUG_TAKEN: 'Another institute already uses this slug.',
  OFFICE_EMAIL_INVALID: 'Enter the office’s e-mail address.',
  TOO_MANY_NETWORKS: 'At most {max} networks of up to {length} characters each.',
  COUNTRY_INVALID: 'Choose the country (two-letter code, e.g. IT).',
  WEBSITE_INVALID: 'Enter a web address starting with https://',
  COMPANY_NOT_FOUND: 'There is no such company.',
  COMPANY_TO_EDIT_REQUIRED: 'Choose the company to edit.',
  COMPANY_NAME_REQUIRED: 'Enter the company’s name.',
  COMPANY_SIZE_INVALID: 'Choose a size.',
  TOO_MANY_INTERESTS: 'List at most {max} interests.',
  INTEREST_TOO_LONG: 'Keep each interest under {max} characters.',
  TOO_MANY_SECTORS: 'Choose at most {max} sectors.',
  UNKNOWN_SECTORS: 'Unknown sector: {values}',
  COMPANY_ALREADY_LISTED: 'This company is already listed in the directory.',
  NO_PENDING_LISTING_REQUEST: 'This company has not asked to be listed, or its request was already answered.',

  // ---- Expressions of interest ----
  LISTING_NOT_FOUND: 'There is no such listing.',
  EOI_MESSAGE_TOO_SHORT: 'Tell the office a little more: at least {min} characters.',
  IDEMPOTENCY_KEY_INVALID: 'The idempotency key must be 8–100 letters, digits, - or _.',
  LISTING_UNDER_OPTION:
    'This listing is under option and takes no new expressions of interest for now. Ask to be told when it becomes available.',
  LISTING_LICENSED_EXCLUSIVELY:
    'This listing is licensed exclusively and takes no new expressions of interest. Ask to be told when it becomes available.',
  AVAILABILITY_WATCH_LISTING_OPEN: 'This listing is open to expressions of interest: there is nothing to wait for.',
  TOO_MANY_AVAILABILITY_WATCHES: 'You have asked to follow many listings in the last hour; try again in {wait}.',
  OPEN_EOI_EXISTS:
    'Your company already has an open expression of interest in this listing. Continue the conversation there.',
  EOI_TRANSITION_NOT_ALLOWED: 'This expression of interest cannot move from its current status to the one chosen.',
  DECLINE_REASON_REQUIRED: 'Choose why it is declined.',
  COMPANY_MESSAGE_REQUIRED: 'Write a message for the company.',
  MESSAGE_REQUIRED: 'Write a message.',
  EOI_ASSIGNEE_INVALID: 'Choose an officer of the institute that owns the listing.',
  PRIORITY_INVALID: 'Choose a priority.',

  // ---- Matchmaking and companies' feedback ----
  RECOMMENDATIONS_COMPANY_MEMBERS_ONLY: 'Recommendations are for company members.',
  COMPANIES_TO_APPROACH_OFFICE_ONLY: "Only the office of this listing's institute sees the companies to approach.",
  LISTING_FEEDBACK_NOT_VISIBLE: "Only the office of this listing and its inventors see companies' feedback on it.",
  FEEDBACK_COUNTS_OFFICE_ONLY: "Only the technology-transfer office sees companies' feedback across its listings.",
  FEEDBACK_REASON_REQUIRED: 'Choose a reason to go with the comment.',
  FEEDBACK_ONLY_WHEN_WITHDRAWING: 'A reason is given only when withdrawing.',
  LISTING_NOT_PUBLISHED: 'Only a published listing can be shown to companies.',
  COMPANY_HAS_NO_MEMBERS: 'Nobody at this company has an account to e-mail yet.',
  TRL_RANGE_INCOMPLETE: 'Give both ends of the range, or neither.',
  ALREADY_INVITED_TO_LOOK: 'This company was invited to look at this listing in the last {days} days.',
  TOO_MANY_LOOK_INVITATIONS: 'You have invited many companies in the last hour; try again in {wait}.',
  TOO_MANY_EXPORTS: 'You have exported many lists in the last hour; try again in {wait}.',
  EXPORT_FILTER_INVALID: 'The filter "{parameter}" of this export is not valid.',

  // ---- The office's dashboard ----
  OFFICE_DASHBOARD_OFFICE_ONLY: "Only the technology-transfer offices and administrators see the office's dashboard.",
  OFFICE_DASHBOARD_OWN_INSTITUTE_ONLY: "An office sees its own institute's dashboard only.",
  DASHBOARD_PERIOD_INVALID: 'Choose a period that starts before it ends.',
  DASHBOARD_PERIOD_TOO_LONG: 'Choose a period of at most {max} months.',

  // ---- Invention disclosures ----
  DISCLOSURE_NOT_EDITABLE: 'This disclosure is with the office and cannot be edited now.',
  DISCLOSURE_NOT_DRAFT: 'Only a draft that was never submitted can be deleted; withdraw this disclosure instead.',
  DISCLOSURE_DELETE_CREATOR_ONLY: 'Only the researcher who started this draft can delete it.',
  EXPECTED_VERSION_REQUIRED: 'Say which version you edited.',
  VERSION_CONFLICT: 'This was changed elsewhere since you opened it. Reload it before saving.',
  TOO_MANY_ENTRIES: 'At most {max} entries.',
  DISCLOSURE_TRANSITION_NOT_ALLOWED: 'You cannot move this disclosure from its current status to the one chosen.',
  REASON_REQUIRED: 'Say why.',
  DISCLOSURE_NOT_SUBMITTED: 'A draft cannot be assessed.',
  DISCLOSURE_ASSIGNEE_INVALID: "Choose an officer of the disclosure's institute.",
  DISCLOSURE_CLOSED: 'This disclosure is closed: who is on it can no longer change.',
  NO_SUCH_RESEARCHER: 'No researcher of your institute uses this e-mail address.',
  RESEARCHER_ALREADY_ON_DISCLOSURE: 'This researcher is already on the disclosure.',
  NOT_ON_DISCLOSURE: 'This person is not on the disclosure.',
  LAST_RESEARCHER: 'A disclosure needs at least one researcher: add another one first.',
  CREATOR_STAYS_ON_DISCLOSURE:
    'The researcher who started the disclosure stays on it; only the office can take them off.',
  DISCLOSURE_NOT_FOUND_IN_INSTITUTE: 'There is no such disclosure of your institute.',

  // ---- Attached files ----
  ATTACHMENT_TYPE_UNSUPPORTED: 'Only PDF, PNG, JPEG, Word, Excel and PowerPoint files can be attached.',
  ATTACHMENT_TOO_LARGE: 'A file can be at most {max} MB.',
  ATTACHMENTS_TOO_MANY: 'A disclosure can have at most {max} files: remove one before adding another.',
  ATTACHMENT_EMPTY: 'The file is empty.',
  ATTACHMENT_NAME_MISSING: 'The file needs a name.',
  ATTACHMENT_NAME_TOO_LONG: 'The file name takes at most {max} characters: rename the file.',
  ATTACHMENT_NAME_HEADER_MISSING: 'Say the file name in the X-File-Name header (URI-encoded).',
  ATTACHMENT_NAME_HEADER_INVALID: 'The X-File-Name header is not a valid URI-encoded name.',
  ATTACHMENT_ADD_NOT_EDITABLE:
    'Files can be added only while the disclosure is a draft or returned with questions from the office.',
  ATTACHMENT_REMOVE_NOT_EDITABLE:
    'Files can be removed only while the disclosure is a draft or returned with questions.',
  ATTACHMENT_GONE: 'This file is no longer available.',

  // ---- Listings ----
  LISTING_INSTITUTE_REQUIRED: 'Choose the institute the listing belongs to.',
  LISTING_INSTITUTE_MISMATCH: 'The listing belongs to the institute of its disclosure.',
  LISTING_EXISTS: 'A listing was already made from this disclosure: edit that one.',
  DISCLOSURE_NOT_ACCEPTED: 'Only an accepted disclosure becomes a listing.',
  SECTOR_UNKNOWN: 'Choose sectors from the taxonomy.',
  PLATFORM_INVALID: "Choose one of the institute's platforms.",
  CONTACT_OFFICER_INVALID: "Choose an active officer of the listing's institute.",
  LISTING_ARCHIVED_NOT_EDITABLE: 'An archived listing is restored to a draft before it is edited.',
  LISTING_ALREADY_DRAFT: 'This listing is already a draft.',
  LISTING_ALREADY_PUBLISHED: 'This listing is already published.',
  LISTING_ALREADY_ARCHIVED: 'This listing is already archived.',
  LISTING_TRANSITION_NOT_ALLOWED: 'This listing cannot move from its current status to the one chosen.',
  LISTING_EXPIRY_PAST: 'The expiry date cannot be in the past.',
  LISTING_EXPIRY_TOO_FAR: 'The expiry date can be at most {years} years away.',
  LISTING_NOT_RENEWABLE: 'Only a published listing, or one that left the catalogue when it expired, can be renewed.',

  // ---- Saved searches and their alerts ----
  SAVED_SEARCH_NAME_REQUIRED: 'Give the search a name.',
  SAVED_SEARCH_NAME_TOO_LONG: 'The name takes at most {max} characters.',
  TOO_MANY_SAVED_SEARCHES: 'You can keep at most {max} saved searches: delete one before saving another.',
  SAVED_SEARCH_NOT_FOUND: 'There is no such saved search.',
  SAVED_SEARCH_SCOPE_NOT_ALLOWED: 'You cannot save searches of this kind.',
  SAVED_SEARCH_FILTER_MISMATCH: 'This kind of search does not take these filters.',
  ALERT_LINK_INVALID:
    'This link is not valid: it may have been copied incompletely. Sign in and manage your alerts from your saved searches.',
  SAVED_SEARCH_GONE: 'This saved search has been deleted: it sends no more alerts.',
  // ---- Technology requests and the institutes' responses (shared/technology-request-rules.ts) ----
  REQUEST_COMPANY_MEMBERS_ONLY: 'Only company members publish technology requests.',
  REQUEST_OWN_COMPANY_ONLY: 'Only the members of the company that published this request can change it.',
  REQUEST_NOT_FOUND: 'There is no such technology request.',
  REQUEST_NOT_OPEN: 'This request is no longer open.',
  REQUEST_TRL_INVERTED: 'The lowest TRL must not be greater than the highest.',
  REQUEST_DEADLINE_PAST: 'The deadline must be a day after today.',
  REQUEST_DEADLINE_TOO_FAR: 'The deadline can be at most {months} months away.',
  REQUEST_CLOSE_NOT_ALLOWED: 'This request cannot be closed that way.',
  REQUEST_RESPOND_OFFICERS_ONLY: 'Only technology-transfer officers respond to requests, for their institute.',
  RESPONSE_LISTINGS_REQUIRED: "Choose at least one of your institute's published listings.",
  RESPONSE_TOO_MANY_LISTINGS: 'Propose at most {max} listings in one response.',
  RESPONSE_LISTING_INVALID: "Propose only your institute's published listings.",
  RESPONSE_EXPERT_REQUIRED: 'Choose the researcher whose expertise you propose.',
  RESPONSE_EXPERT_INVALID: 'Choose an active researcher of your institute.',
  RESPONSE_KIND_MISMATCH: "Propose either listings or a researcher's expertise in one response.",
  RESPONSE_MESSAGE_TOO_SHORT: 'Tell the company a little more: at least {min} characters.',
  TOO_MANY_RESPONSES: 'Too many responses sent; try again in {wait}.',
  PROPOSAL_NOT_FOUND: 'There is no such proposal.',
  PROPOSAL_COMPANY_ONLY: 'Only the company that published the request decides on what was proposed to it.',
  PROPOSAL_ALREADY_DECIDED: 'Your company already decided on this proposal.',
  PROPOSAL_LISTING_UNAVAILABLE: 'This listing is no longer published.',

  // ---- Agreements (shared/agreement-rules.ts) ----
  AGREEMENT_NOT_VISIBLE: 'This agreement does not exist or is not yours to see.',
  AGREEMENTS_OFFICE_ONLY: "Only the institute's technology-transfer office records and edits agreements.",
  AGREEMENT_INSTITUTE_REQUIRED: 'Choose the institute the agreement is for.',
  AGREEMENT_COMPANY_INVALID: 'Choose a company of the directory.',
  AGREEMENT_OWNER_INVALID: "Choose an active officer of the agreement's institute.",
  AGREEMENT_LISTING_INVALID: "Choose listings of the agreement's institute.",
  AGREEMENT_TOO_MANY_LISTINGS: 'An agreement covers at most {max} listings.',
  AGREEMENT_EOI_INVALID:
    "Start an agreement from an expression of interest in one of your institute's listings that is in review, in discussion, in negotiation or agreed.",
  AGREEMENT_LICENSE_TERMS_ONLY: 'Exclusivity, field of use and territory belong to licences only.',
  AGREEMENT_FINANCIAL_TERMS_ONLY: 'Only options and licences carry financial terms.',
  AGREEMENT_ROYALTY_RATE_INVALID: 'The royalty rate is a whole number of basis points from 0 to 10000 (0 to 100 %).',
  AGREEMENT_EXPIRY_BEFORE_EFFECTIVE: 'The expiry date must come after the effective date.',
  AGREEMENT_TRANSITION_NOT_ALLOWED: 'This agreement cannot move from {from} to {to}.',
  AGREEMENT_SIGNATURE_DATE_REQUIRED: 'A signed agreement needs its signature date.',
  AGREEMENT_EFFECTIVE_DATE_REQUIRED: 'An active agreement needs its effective date.',
  AGREEMENT_EXPIRY_DATE_REQUIRED: 'An expired agreement needs its expiry date.',
  AGREEMENT_NOT_YET_EXPIRED: 'The expiry date has not come yet.',
  AGREEMENT_TYPE_FIXED_ONCE_SIGNED: 'The type of a signed agreement cannot change.',
  AGREEMENT_FOR_ANOTHER_EOI: "Link an agreement of this expression of interest's institute and company.",
  AGREEMENT_LINK_ONLY_WHEN_AGREED: 'An agreement is linked when the expression of interest is marked agreed.',
  // ---- Quotes (services) ----
  QUOTE_NOT_VISIBLE: 'This quote does not exist or is not yours to see.',
  QUOTES_OFFICE_ONLY: "Only the office of the request's institute sends and revises quotes.",
  QUOTES_COMPANY_ONLY: 'Only the company that sent the request accepts or declines its quote.',
  QUOTE_SERVICE_REQUESTS_ONLY: 'Quotes answer service requests only.',
  QUOTE_EOI_CLOSED: 'This request is closed: its quotes can no longer change.',
  QUOTE_OPEN_EXISTS: 'This request already has an open quote: revise it instead.',
  QUOTE_ALREADY_ACCEPTED: 'A quote of this request was accepted: it is final.',
  QUOTE_MOVE_NOT_ALLOWED:
    'This quote cannot change now: only the latest version is acted on, while it is open and valid.',
  QUOTE_LINES_REQUIRED: 'A quote needs at least one line.',
  QUOTE_TOO_MANY_LINES: 'A quote has at most {max} lines.',
  QUOTE_LINE_DESCRIPTION_REQUIRED: 'Describe what the line is for.',
  QUOTE_LINE_UNIT_REQUIRED: 'Give the unit (sample, hour, animal…).',
  QUOTE_QUANTITY_INVALID: 'The quantity is a number above zero with at most two decimals.',
  QUOTE_PRICE_INVALID: 'The unit price is an amount in euros with at most two decimals.',
  QUOTE_VAT_RATE_INVALID: 'The VAT rate is a percentage from 0 to 100.',
  QUOTE_TOTAL_INVALID: 'The total must be at least zero and at most ten billion euros.',
  QUOTE_VALIDITY_IN_PAST: 'The quote must be valid until a day after today.',
  QUOTE_VALIDITY_TOO_FAR: 'A quote is valid for two years at most.',
  QUOTE_DELIVERY_WEEKS_INVALID: 'The delivery estimate is a whole number of weeks from 1 to {max}.',
  QUOTE_DECLINE_REASON_REQUIRED: 'Choose why you decline the quote.',
  TOO_MANY_QUOTES: 'Too many quotes sent; try again in {wait}.',
  MILESTONE_NOT_VISIBLE: 'This milestone does not exist or is not yours to see.',
  MILESTONE_EVENT_REQUIRED: 'Say what the payment is for: at least {min} characters.',
  MILESTONE_DUE_DATE_OR_TRIGGER: 'Give a due date or the event that triggers the payment.',
  MILESTONE_RECEIPT_REQUIRED: 'A received payment needs the amount received and the day it arrived.',
  MILESTONE_RECEIPT_ONLY_WHEN_RECEIVED: 'Record the amount received once the payment is marked received.',
  TOO_MANY_MILESTONES: 'At most {max} payments in one schedule.',
  AMOUNT_INVALID: 'An amount is a whole number of euro cents, from 0 to 10 billion euros.',
  ATTACHMENT_AGREEMENT_OFFICE_ONLY: "Only the agreement's office adds and removes its documents.",

  // ---- Partner records (an institute's record of a company) and the administration of companies ----
  PARTNER_RECORDS_OFFICE_ONLY: "Only the institute's technology-transfer office keeps its partner records.",
  PARTNER_RECORD_NOT_VISIBLE: 'This partner record does not exist or is not yours to see.',
  PARTNER_INSTITUTE_REQUIRED: 'Choose the institute the record is for.',
  PARTNER_COMPANY_INVALID: 'Choose a company.',
  PARTNER_OWNER_INVALID: "Choose an active officer of the record's institute.",
  PARTNER_CONTACT_NAME_REQUIRED: "Enter the contact's name.",
  PARTNER_CONTACT_EMAIL_INVALID: 'Enter a valid e-mail address.',
  PARTNER_CONTACT_PHONE_INVALID: 'Enter a phone number: digits, spaces and + ( ) - . / only.',
  PARTNER_TOO_MANY_CONTACTS: 'A record keeps at most {max} contacts.',
  PARTNER_RECORD_EXISTS: 'The institute already keeps a record of this company.',
  CONTACT_PEOPLE_MEMBERS_ONLY: 'Only members of a company say who of them may be contacted.',
  CONTACT_PERSON_NOT_MEMBER: 'Choose people of your own company.',
  CONTACT_PERSON_CHANNEL_REQUIRED: 'Say how each person may be contacted: by e-mail, by phone or both.',
  COMPANIES_ADMIN_ONLY: 'Only administrators manage companies.',
  COMPANY_NOT_FOUND_TO_MERGE: 'Choose two existing companies.',
  COMPANY_MERGE_SAME: 'Choose two different companies to merge.',
  COMPANY_MERGE_OPEN_EOI_CONFLICT:
    'Both companies have an open expression of interest in the same listing: close one of them before merging.',
  MEMBER_TO_MOVE_INVALID: 'Choose a member of a company.',
  MEMBER_ALREADY_IN_COMPANY: 'This person already belongs to that company.',
  MEMBER_MOVE_LAST_MEMBER: "This is the company's last member: merge the company instead.",
  // ---- Service requests: the biobank access path, delivery, files (shared/access-review-rules.ts, ...) ----
  SERVICE_REQUEST_OFFICE_ONLY: "Only the institute's office of this request does this.",
  SERVICE_REQUEST_COMPANY_ONLY: 'Only the company that sent this request does this.',
  ACCESS_PATH_NOT_APPLICABLE: 'Only requests for a biobank’s samples or data follow the access path.',
  ACCESS_OUTCOME_INVALID: 'Record an approval, a rejection or a request for changes for a review step.',
  ACCESS_PATH_ENDED: 'The access request was rejected: its path has ended.',
  ACCESS_STEP_ALREADY_DECIDED: 'This step has already been decided.',
  ACCESS_STEP_OUT_OF_ORDER: 'Decide the steps in order: the scientific review first, then the ethics review.',
  ACCESS_AGREEMENT_BEFORE_ETHICS:
    'The transfer agreement is prepared once the scientific and the ethics reviews have approved the request.',
  ACCESS_AGREEMENT_ALREADY_STARTED: 'The transfer agreement of this request has already been prepared.',
  ACCESS_STATEMENT_REQUIRED: 'The company must first state its project and whether it asks for samples or data.',
  ACCESS_STATEMENT_LOCKED: 'The request can no longer change once the scientific committee has approved it.',
  ACCESS_MATERIAL_INVALID: 'Say whether you ask for samples or for data.',
  ACCESS_PROJECT_TITLE_INVALID: 'Give the project’s title: at least 3 characters.',
  ACCESS_PROJECT_SUMMARY_TOO_SHORT: 'Summarise the project in at least 20 characters.',
  DELIVERY_NOT_STARTED: 'Delivery starts once the company accepts a quote for this service request.',
  DELIVERY_MILESTONE_ALREADY_REACHED: 'This milestone has already been recorded.',
  DELIVERY_MILESTONE_OUT_OF_ORDER: 'Record the delivery milestones in order.',
  SERVICE_FILE_WRONG_SIDE:
    'The office uploads delivered files; the company uploads its ethics approval (for biobank requests).',
  SERVICE_FILE_PURPOSE_INVALID: 'Say what the file is: a delivered file or the ethics approval.',

  // ---- What a listing and a disclosure hold (shared/listing-rules.ts, shared/disclosure-transitions.ts) ----
  TITLE_REQUIRED: 'The title is required.',
  TITLE_TOO_SHORT: 'The title needs at least {min} characters.',
  TITLE_TOO_LONG: 'The title takes at most {max} characters.',
  SUMMARY_REQUIRED: 'The summary is required.',
  SUMMARY_TOO_SHORT: 'The summary needs at least {min} characters.',
  SUMMARY_TOO_LONG: 'The summary takes at most {max} characters.',
  DESCRIPTION_REQUIRED: 'The description is required.',
  DESCRIPTION_TOO_SHORT: 'The description needs at least {min} characters.',
  DESCRIPTION_TOO_LONG: 'The description takes at most {max} characters.',
  PROBLEM_REQUIRED: 'The problem it solves is required.',
  PROBLEM_TOO_SHORT: 'The problem it solves needs at least {min} characters.',
  PROBLEM_TOO_LONG: 'The problem it solves takes at most {max} characters.',
  BENEFITS_REQUIRED: "The benefit over today's alternatives is required.",
  BENEFITS_TOO_SHORT: "The benefit over today's alternatives needs at least {min} characters.",
  BENEFITS_TOO_LONG: "The benefit over today's alternatives takes at most {max} characters.",
  KIND_INVALID: 'Choose invention, prototype or service.',
  TRL_REQUIRED: 'The TRL is required.',
  TRL_INVALID: 'The TRL is a whole number from 1 to 9.',
  IP_STATUS_INVALID: 'Choose an IP status.',
  DEVELOPMENT_STAGE_INVALID: 'Choose a development stage.',
  PRICING_MODEL_INVALID: 'Choose a pricing model.',
  PRICING_MODEL_REQUIRED: 'Say how the service is priced.',
  TURNAROUND_REQUIRED: 'Say how long the service typically takes.',
  TURNAROUND_TOO_LONG: 'The turnaround takes at most {max} characters.',
  DELIVERABLES_TOO_LONG: 'What is delivered takes at most {max} characters.',
  THROUGHPUT_TOO_LONG: 'The samples and throughput take at most {max} characters.',
  TOO_MANY_ACCREDITATIONS: 'At most {max} accreditations.',
  ACCREDITATION_REQUIRED: 'Fill in or remove this accreditation.',
  ACCREDITATION_TOO_LONG: 'An accreditation takes at most {max} characters.',
  TRANSLATION_MISSING: 'Not yet translated into Italian.',
  TOO_MANY_APPLICATIONS: 'At most {max} applications.',
  APPLICATION_REQUIRED: 'Fill in or remove this application.',
  APPLICATION_TOO_LONG: 'An application takes at most {max} characters.',
  TOO_MANY_KEYWORDS: 'At most {max} keywords.',
  KEYWORD_REQUIRED: 'Fill in or remove this keyword.',
  KEYWORD_TOO_LONG: 'A keyword takes at most {max} characters.',
  TOO_MANY_PATENT_NUMBERS: 'At most {max} patent numbers.',
  PATENT_NUMBER_REQUIRED: 'Fill in or remove this patent number.',
  PATENT_NUMBER_TOO_LONG: 'A patent number takes at most {max} characters.',
  PATENT_NUMBER_INVALID: 'A patent number starts with the country code, e.g. EP4218876A1 or WO2023/118342.',
  PATENT_NUMBERS_REQUIRED: 'A pending or granted patent needs its application or patent number.',
  PARTNERING_MODEL_INVALID: 'Unknown partnering model.',
  PARTNERING_MODEL_DUPLICATE: 'Each partnering model once.',
  PARTNERING_MODELS_REQUIRED: 'Choose at least one way to partner (licence, co-development, service agreement…).',
  SECTORS_REQUIRED: 'Choose at least one sector or therapeutic area.',
  INVENTORS_REQUIRED: 'Name at least one inventor.',
  TOO_MANY_INVENTORS: 'At most {max} inventors.',
  INVENTOR_NAME_REQUIRED: "The inventor's name is required.",
  INVENTOR_NAME_TOO_SHORT: "The inventor's name needs at least {min} characters.",
  INVENTOR_NAME_TOO_LONG: "The inventor's name takes at most {max} characters.",
  INVENTOR_AFFILIATION_REQUIRED: "The inventor's affiliation is required.",
  INVENTOR_AFFILIATION_TOO_SHORT: "The inventor's affiliation needs at least {min} characters.",
  INVENTOR_AFFILIATION_TOO_LONG: "The inventor's affiliation takes at most {max} characters.",
  CONTRIBUTION_SHARE_INVALID: 'A contribution share is a percentage above 0 and at most 100.',
  SHARES_NOT_100: 'The contribution shares sum to {sum}, not 100.',
  ABSTRACT_REQUIRED: 'The abstract is required.',
  ABSTRACT_TOO_SHORT: 'The abstract needs at least {min} characters.',
  ABSTRACT_TOO_LONG: 'The abstract takes at most {max} characters.',
  SOLUTION_REQUIRED: 'The solution is required.',
  SOLUTION_TOO_SHORT: 'The solution needs at least {min} characters.',
  SOLUTION_TOO_LONG: 'The solution takes at most {max} characters.',
  NOVELTY_REQUIRED: 'What is new is required.',
  NOVELTY_TOO_SHORT: 'What is new needs at least {min} characters.',
  NOVELTY_TOO_LONG: 'What is new takes at most {max} characters.',
  PRIOR_ART_REQUIRED: 'The known prior art is required.',
  PRIOR_ART_TOO_SHORT: 'The known prior art needs at least {min} characters.',
  PRIOR_ART_TOO_LONG: 'The known prior art takes at most {max} characters.',
  TOO_MANY_PUBLIC_DISCLOSURES: 'At most {max} public disclosures.',
  PUBLIC_DISCLOSURE_KIND_INVALID: 'Say whether it is past or planned.',
  DATE_REQUIRED: 'The date is required.',
  DATE_INVALID: 'The date must be YYYY-MM-DD.',
  PAST_DISCLOSURE_IN_FUTURE: 'A past disclosure cannot be in the future.',
  PLANNED_DISCLOSURE_IN_PAST: 'A planned disclosure cannot be in the past: record it as past.',
  VENUE_REQUIRED: 'The venue is required.',
  VENUE_TOO_SHORT: 'The venue needs at least {min} characters.',
  VENUE_TOO_LONG: 'The venue takes at most {max} characters.',
  TOO_MANY_FUNDING_SOURCES: 'At most {max} funding sources.',
  FUNDER_REQUIRED: 'The funder is required.',
  FUNDER_TOO_SHORT: 'The funder needs at least {min} characters.',
  FUNDER_TOO_LONG: 'The funder takes at most {max} characters.',
  OBLIGATIONS_REQUIRED: 'The obligations are required.',
  OBLIGATIONS_TOO_SHORT: 'The obligations need at least {min} characters.',
  OBLIGATIONS_TOO_LONG: 'The obligations take at most {max} characters.',
  COMMERCIAL_APPLICATIONS_REQUIRED: 'The commercial applications are required.',
  COMMERCIAL_APPLICATIONS_TOO_SHORT: 'The commercial applications need at least {min} characters.',
  COMMERCIAL_APPLICATIONS_TOO_LONG: 'The commercial applications take at most {max} characters.',
  PLANNED_DISCLOSURE_TODAY:
    'This public disclosure is today: tell the office now, a patent application must be filed before it.',
  PLANNED_DISCLOSURE_TOMORROW:
    'This public disclosure is tomorrow: tell the office now, a patent application must be filed before it.',
  PLANNED_DISCLOSURE_SOON:
    'This public disclosure is in {days} days: tell the office now, a patent application must be filed before it.',
  // ---- Service capacity (shared/service-capacity.ts) ----
  CAPACITY_SET_OFFICE_ONLY: "Only the listing's office or a manager of its platform sets its capacity.",
  CAPACITY_SERVICES_ONLY: 'Only service listings state their capacity.',
  CAPACITY_STATUS_INVALID: 'Choose whether the service is accepting requests, fully booked or neither.',
  CAPACITY_FULLY_BOOKED_UNTIL_REQUIRED: 'Say until when the service is fully booked.',
  CAPACITY_FULLY_BOOKED_UNTIL_PAST: 'The date until which the service is fully booked must be in the future.',
  CAPACITY_UNTIL_ONLY_WHEN_FULLY_BOOKED: 'Only a fully booked service has a date until which it is booked.',
  CAPACITY_NEXT_SLOT_ONLY_WHEN_ACCEPTING: 'Only a service accepting requests has a next available slot.',
  CAPACITY_NEXT_SLOT_PAST: 'The next available slot cannot be in the past.',
  CAPACITY_DATE_TOO_FAR: 'The date can be at most {years} years away.',
  CAPACITY_TURNAROUND_RANGE: 'The typical turnaround is a whole number of weeks between {min} and {max}.',
  CAPACITY_TURNAROUND_MIN_REQUIRED: 'Give the shortest typical turnaround before the longest.',
  CAPACITY_TURNAROUND_ORDER: 'The longest turnaround cannot be shorter than the shortest.',

  // ---- Service request forms ----
  SERVICE_FORM_EDIT_NOT_ALLOWED: "Only the listing's office or a manager of its platform edits its request form.",
  SERVICE_FORM_SERVICES_ONLY: 'Only service listings have a request form.',
  SERVICE_FORM_EMPTY: 'A request form needs at least one field.',
  SERVICE_FORM_TOO_MANY_FIELDS: 'A request form has at most {max} fields.',
  SERVICE_FORM_KEY_INVALID: 'Each field and option needs its own key: lower-case letters, digits and _.',
  SERVICE_FORM_KEY_DUPLICATE: 'Two fields have the same key.',
  SERVICE_FORM_KIND_INVALID: 'Choose the kind of field.',
  SERVICE_FORM_LABEL_REQUIRED: 'Enter the label in English and in Italian.',
  SERVICE_FORM_TEXT_INVALID: 'This text contains characters that are not allowed.',
  SERVICE_FORM_BOUNDS_INVALID: 'The minimum must not exceed the maximum (both within ±{limit}).',
  SERVICE_FORM_OPTIONS_TOO_FEW: 'A choice offers at least {min} options.',
  SERVICE_FORM_OPTIONS_TOO_MANY: 'A choice offers at most {max} options.',
  SERVICE_ANSWER_REQUIRED: 'This information is required.',
  SERVICE_ANSWER_NOT_A_NUMBER: 'Enter a whole number.',
  SERVICE_ANSWER_OUT_OF_RANGE: 'Enter a number from {min} to {max}.',
  SERVICE_ANSWER_DATE_INVALID: 'Enter a valid date.',
  SERVICE_ANSWER_OPTION_UNKNOWN: 'Choose one of the options offered.',
  SERVICE_ANSWER_UNKNOWN_FIELD: 'This request form has no such field; reload the page.',
  INTEREST_TYPE_NOT_OFFERED: 'This listing does not offer this kind of partnership: choose one it offers.',
  SERVICE_ANSWERS_SERVICES_ONLY: 'Answers to a request form go with a service request on a service listing only.',
  // ---- The sector taxonomy and the research platforms (api/src/features/taxonomy) ----
  TAXONOMY_ADMIN_ONLY: 'Only administrators manage the sector taxonomy.',
  SECTOR_NOT_FOUND: 'Choose a sector of the taxonomy.',
  SECTOR_LABEL_REQUIRED: 'Enter the label in English and in Italian.',
  SECTOR_LABEL_TOO_LONG: 'A label has at most {max} characters.',
  SECTOR_LABEL_TAKEN: 'Another sector under the same parent already has this label.',
  SECTOR_PARENT_INVALID: 'Choose a parent sector that is in use.',
  SECTOR_KIND_REQUIRED: 'Say whether a top-level term is a sector or a therapeutic area.',
  SECTOR_RETIRED: 'This sector has been retired.',
  SECTOR_HAS_CHILDREN: 'Retire the sectors under this one first.',
  SECTOR_REPLACEMENT_SAME: 'Choose another sector to replace this one.',
  SECTOR_REPLACEMENT_RETIRED: 'Choose a replacement that is still in use.',
  SECTOR_REPLACEMENT_DESCENDANT: 'A sector cannot be replaced by one under it.',
  SECTOR_REPLACEMENT_OTHER_KIND: 'Choose a replacement of the same kind (sector or therapeutic area).',
  PLATFORMS_OFFICE_ONLY: "Only the institute's office and administrators manage its research platforms.",
  PLATFORM_NOT_FOUND: 'Choose a research platform.',
  PLATFORM_INSTITUTION_INVALID: 'Choose an institute.',
  PLATFORM_NAME_REQUIRED: 'Enter the name.',
  PLATFORM_NAME_TOO_LONG: 'A name has at most {max} characters.',
  PLATFORM_NAME_TAKEN: 'The institute already has a platform with this name.',
  PLATFORM_DESCRIPTION_REQUIRED: 'Enter the description in English.',
  PLATFORM_DESCRIPTION_TOO_LONG: 'A description has at most {max} characters.',
  PLATFORM_TOO_MANY_CAPABILITIES: 'A platform lists at most {max} capabilities.',
  PLATFORM_CAPABILITY_TOO_LONG: 'A capability has at most {max} characters.',
  PLATFORM_RETIRED: 'This research platform has been retired.',
  // ---- The listings widget's embedding sites (issue #14) ----
  EMBED_SITES_OFFICE_ONLY: "Only the institute's office and administrators choose the sites that embed its listings.",
  EMBED_ORIGIN_INVALID: 'Enter a site address starting with https://, e.g. https://www.example.org.',
  TOO_MANY_EMBED_ORIGINS: 'An institute lists at most {max} sites.',
} as const satisfies Record<string, string>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

/** The values an error's sentence names, by name: numbers (limits, seconds) and short strings. */
export type ErrorParams = Readonly<Record<string, string | number>>;

/** An error as code and parameters, before anyone words it. */
export interface CodedError {
  readonly code: ErrorCode;
  readonly params?: ErrorParams;
}

/** A problem with one field of a form; `field` is a path such as `inventors.1.name`. */
export interface FieldProblem extends CodedError {
  readonly field: string;
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_MESSAGES, value);
}

/** A problem of a field, with the parameters its sentence names (when it names any). */
export function problem(field: string, code: ErrorCode, params?: ErrorParams): FieldProblem {
  return params ? { field, code, params } : { field, code };
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;

/** A wait in the unit a person reads it in, rounded up: 45 seconds, 10 minutes, 2 hours. */
export function waitUnit(seconds: number): { value: number; unit: 'second' | 'minute' | 'hour' } {
  if (seconds < MINUTE) return { value: Math.max(1, Math.ceil(seconds)), unit: 'second' };
  if (seconds < 2 * HOUR) return { value: Math.ceil(seconds / MINUTE), unit: 'minute' };
  return { value: Math.ceil(seconds / HOUR), unit: 'hour' };
}

/** "10 minutes", "45 seconds", "2 hours": a wait as an English reader reads it. */
export function englishWait(seconds: number): string {
  const { value, unit } = waitUnit(seconds);
  return `${value} ${unit}${value === 1 ? '' : 's'}`;
}

/** A sentence with its `{name}` placeholders filled; a placeholder without a value stays as it is. */
export function fillMessage(template: string, params: ErrorParams): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    return value === undefined ? placeholder : String(value);
  });
}

/** The English sentence of an error, for logs and API consumers. */
export function englishErrorMessage(code: ErrorCode, params: ErrorParams = {}): string {
  const retryAfter = Number(params.retryAfter);
  const filled = Number.isFinite(retryAfter) ? { ...params, wait: englishWait(retryAfter) } : params;
  return fillMessage(ERROR_MESSAGES[code], filled);
}
