-- One legal row for every table with a check constraint (and the parents they refer to), written on a connection
-- other than the one that ran the migrations (CheckConstraintsAcrossConnectionsTests). Ids from 9001, dates and
-- years far from the rows the migrations seed. A '?' is bound to two bytes.
insert into units (id, full_name, short_name, doc_code, phone, postcode)
    values (9001, '南昌市新建区卫生健康委员会', '区卫健委', '新卫提字', '0791-83730001', '330100');
insert into deputies (id, name, delegation) values (9001, '程绮南', '长堎代表团');
insert into congresses (id, name, short_name, level, reply_copy_to)
    values (9001, '南昌市新建区人民代表大会', '区人大', 'DISTRICT', '区人大常委会选举任免联络办公室');
insert into congress_terms (id, congress_id, number) values (9001, 9001, 2);
insert into meetings (id, term_id, number, opened_on) values (9001, 9001, 4, date '2024-01-10');
insert into suggestions (id, version, meeting_id, meeting_opened_on, number, title, content, lead_deputy_id,
        category, received_on, status, registered_at)
    values (9001, 0, 9001, date '2024-01-10', 43, '关于健全生育服务保障机制的建议', '建议内容', 9001, 'OTHER', date '2024-01-12',
        'REGISTERED', timestamp with time zone '2024-01-12 09:00:00+08');
insert into users (id, username, password_hash, display_name, unit_id)
    values (9001, 'check-handler', '{noop}x', '熊伟', 9001);
insert into user_roles (user_id, role) values (9001, 'HANDLER');
insert into suggestion_units (suggestion_id, unit_id, role, due_on) values (9001, 9001, 'LEAD', date '2024-06-28');
insert into assignments (id, suggestion_id, unit_id, role, assigned_on, due_on, assigned_by, assigned_at, due_from,
        due_amount, due_unit)
    values (9001, 9001, 9001, 'LEAD', date '2024-03-28', date '2024-06-28', 'clerk',
        timestamp with time zone '2024-03-28 09:00:00+08', date '2024-03-28', 3, 'MONTHS');
insert into replies (id, version, suggestion_id, unit_id, round, status, classification, title, salutation, body,
        contact_unit, contact_phone, postcode, copy_to, publicity, drafted_by, drafted_at)
    values (9001, 0, 9001, 9001, 1, 'DRAFT', 'A', '关于区人大二届四次会议第43号建议的答复', '程绮南代表：', '答复正文',
        '区卫健委', '83730001', '330100', '区人大常委会选举任免联络办公室', 'PROACTIVE', 'handler',
        timestamp with time zone '2024-06-10 09:00:00+08');
insert into reply_versions (reply_id, version_no, classification, title, salutation, body, contact_unit,
        contact_phone, postcode, copy_to, publicity, drafted_by, drafted_at)
    values (9001, 1, 'A', '关于区人大二届四次会议第43号建议的答复', '程绮南代表：', '答复正文', '区卫健委', '83730001',
        '330100', '区人大常委会选举任免联络办公室', 'PROACTIVE', 'handler',
        timestamp with time zone '2024-06-10 09:00:00+08');
insert into countersignatures (reply_id, version_no, unit_id, signed_by, signed_at)
    values (9001, 1, 9001, 'head', timestamp with time zone '2024-06-11 09:00:00+08');
insert into commitments (id, version, suggestion_id, reply_id, unit_id, description, due_on, status, created_by,
        created_at)
    values (9001, 0, 9001, 9001, 9001, '年底前建成托育服务指导中心', date '2024-12-31', 'OPEN', 'handler',
        timestamp with time zone '2024-06-10 09:00:00+08');
insert into co_unit_opinions (suggestion_id, unit_id, round, opinion, submitted_by, submitted_at)
    values (9001, 9001, 1, '同意主办单位意见', 'handler', timestamp with time zone '2024-05-10 09:00:00+08');
insert into contact_records (id, suggestion_id, unit_id, kind, contacted_on, participants, summary, recorded_by,
        recorded_at)
    values (9001, 9001, 9001, 'FACE_TO_FACE', date '2024-05-20', '程绮南', '当面听取意见', 'handler',
        timestamp with time zone '2024-05-20 17:00:00+08');
insert into contact_attachments (contact_record_id, file_name, content_type, size_bytes, sha256, content,
        uploaded_by, uploaded_at)
    values (9001, '座谈记录.pdf', 'application/pdf', 2, '0123456789012345678901234567890123456789012345678901234567890123',
        ?, 'handler', timestamp with time zone '2024-05-20 17:00:00+08');
insert into feedbacks (id, suggestion_id, reply_id, round, deputy_id, satisfaction, given_on, submitted_by,
        submitted_at)
    values (9001, 9001, 9001, 1, 9001, 'SATISFIED', date '2024-06-28', 'deputy',
        timestamp with time zone '2024-06-28 09:00:00+08');
insert into feedback_flags (feedback_id, kind, detail, flagged_at)
    values (9001, 'SOON_AFTER_REPLY', '答复签发后10分钟内评价', timestamp with time zone '2024-06-28 09:00:00+08');
insert into feedback_scans (feedback_id, file_name, content_type, size_bytes, content, uploaded_by, uploaded_at)
    values (9001, '征询意见表.pdf', 'application/pdf', 2, ?, 'clerk', timestamp with time zone '2024-06-28 09:00:00+08');
insert into extension_requests (version, assignment_id, suggestion_id, unit_id, current_due_on, requested_due_on,
        reason, requested_by, requested_at, outcome)
    values (0, 9001, 9001, 9001, date '2024-06-28', date '2024-07-31', '需实地调研', 'handler',
        timestamp with time zone '2024-06-01 09:00:00+08', 'PENDING');
insert into return_requests (version, assignment_id, suggestion_id, unit_id, reason, proposed_unit_id, requested_by,
        requested_at, outcome)
    values (0, 9001, 9001, 9001, '不属本单位职责', 9001, 'handler', timestamp with time zone '2024-03-29 09:00:00+08',
        'PENDING');
insert into deadline_reminders (assignment_id, suggestion_id, unit_id, stage, due_on, sent_at)
    values (9001, 9001, 9001, 'DUE_SOON', date '2024-06-28', timestamp with time zone '2024-06-21 08:00:00+08');
insert into notices (id, recipient_id, kind, title, body, created_at)
    values (9001, 9001, 'ASSIGNED', '新交办建议', '第43号建议已交办给区卫健委', timestamp with time zone '2024-03-28 09:00:00+08');
insert into notice_deliveries (notice_id, channel, address, status, due_at)
    values (9001, 'EMAIL', 'handler@example.org', 'PENDING', timestamp with time zone '2024-03-28 09:00:00+08');
insert into calendar_years (calendar_year, source, loaded_at)
    values (2099, '测试', timestamp with time zone '2024-01-01 00:00:00+08');
insert into calendar_days (calendar_date, kind, name, calendar_year) values (date '2099-10-01', 'HOLIDAY', '国庆节', 2099);
insert into classification_schemes (code, name, source) values ('CHECKS', '测试分类', '测试');
insert into classification_classes (scheme_code, position, code, label, definition, implies_commitment,
        explanation_required)
    values ('CHECKS', 1, 'A', 'A类', '所提问题已经解决或者基本解决', false, false);
insert into rule_sets (congress_id, version, effective_from, reply_amount, reply_unit, complex_amount, complex_unit,
        return_amount, return_unit, opinion_amount, opinion_unit, extension_amount, extension_unit, rehandling_amount,
        rehandling_unit, publication_amount, publication_unit, classification_scheme, contact_mandatory,
        feedback_answerers, created_by, created_at)
    values (9001, 1, date '2024-01-01', 3, 'MONTHS', 6, 'MONTHS', 7, 'WORKDAYS', 1, 'MONTHS', 1, 'MONTHS', 1,
        'MONTHS', 20, 'WORKDAYS', 'NPC', true, 'LEAD_ONLY', 'admin', timestamp with time zone '2024-01-01 09:00:00+08');
insert into assessment_schemes (congress_id, version, timeliness_weight, contact_weight, satisfaction_weight,
        class_weight, other_contact_points, basically_satisfied_points, class_a_points, class_b_points, class_c_points,
        class_d_points, created_by, created_at)
    values (9001, 1, 25, 25, 25, 25, 60, 80, 100, 80, 60, 40, 'admin',
        timestamp with time zone '2024-01-01 09:00:00+08');
insert into submissions (id, version, lead_deputy_id, meeting_id, title, content, status, created_at, updated_at)
    values (9001, 0, 9001, 9001, '关于健全生育服务保障机制的建议', '建议内容', 'DRAFT',
        timestamp with time zone '2024-01-05 09:00:00+08', timestamp with time zone '2024-01-05 09:00:00+08');
insert into submission_invitations (submission_id, position, deputy_id, status) values (9001, 1, 9001, 'INVITED');
insert into archive_batches (id, version, started_by, started_name, started_at, status, files, readable, unreadable)
    values (9001, 0, 'clerk', '王晓燕', timestamp with time zone '2024-07-01 09:00:00+08', 'RUNNING', 1, 1, 0);
insert into archived_letters (version, batch_id, position, file_name, status)
    values (0, 9001, 1, '000_aef254c2c95ce4c2.txt', 'PENDING_REVIEW');
insert into audit_log (seq, occurred_at, username, display_name, kind, outcome, previous_hash, hash)
    values (9001, timestamp with time zone '2024-07-01 10:00:00+08', 'clerk', '王芳', 'LOGIN', 'SUCCESS',
        '0000000000000000000000000000000000000000000000000000000000000000',
        '0000000000000000000000000000000000000000000000000000000000000000');
insert into publications (id, version, reply_id, suggestion_id, unit_id, meeting_id, signed_on, due_on, status)
    values (9001, 0, 9001, 9001, 9001, 9001, date '2024-06-20', date '2024-07-18', 'PENDING');
insert into publication_exemptions (publication_id, field, start_at, matched, created_by, created_at)
    values (9001, 'REPLY_BODY', 0, '13800000000', 'clerk', timestamp with time zone '2024-07-01 09:00:00+08');
insert into publication_marks (publication_id, passage, category, created_by, created_at)
    values (9001, '张三', 'PERSONAL_PRIVACY', 'clerk', timestamp with time zone '2024-07-01 09:00:00+08');
insert into redaction_rules (id, congress_id, kind, pattern, replacement, reason, created_by, created_at)
    values (9001, 9001, 'LITERAL', '张三', '[已删除]', '当事人要求', 'admin',
        timestamp with time zone '2024-07-01 09:00:00+08');
insert into published_copies (publication_id, suggestion_id, reply_id, congress_id, meeting_id, unit_id, subject_area,
        classification, outcome,
        suggestion_number, deputy_name, suggestion_title, suggestion_text, reply_title, reply_salutation, reply_body,
        document_number, unit_name, signed_on, contact_line, redactions, published_at)
    values (9001, 9001, 9001, 9001, 9001, 9001, 'OTHER', 'A', 'PUBLISHED', 43, '程绮南', '关于健全生育服务保障机制的建议', '建议内容',
        '关于区人大二届四次会议第43号建议的答复', '程绮南代表：', '答复正文', '新卫提字〔2024〕1号',
        '南昌市新建区卫生健康委员会', date '2024-06-20', '联系单位及电话：区卫健委 0791-83730001', 1,
        timestamp with time zone '2024-07-10 09:00:00+08');
insert into published_redactions (publication_id, field, kind, rule_id, replacement)
    values (9001, 'REPLY_BODY', 'RULE', 9001, '[已删除]');
insert into api_tokens (id, version, name, user_id, username, scopes, secret_hash, hint, rate_limit, status,
        created_at, created_by, expires_at)
    values (9001, 0, '数字人大平台', 9001, 'check-handler', 'cases:read',
        'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'jy_AbCd…wXyZ', 60, 'ACTIVE',
        timestamp with time zone '2024-07-01 09:00:00+08', 'admin', timestamp with time zone '2025-07-01 09:00:00+08');
insert into api_webhooks (id, token_id, url, secret, status, created_at)
    values (9001, 9001, 'https://example.invalid/hook', 'secret', 'ACTIVE', timestamp with time zone '2024-07-01 09:00:00+08');
insert into api_webhook_deliveries (id, webhook_id, event, suggestion_id, payload, status, attempts, next_attempt_at,
        created_at)
    values (9001, 9001, 'case.status_changed', 9001, '{}', 'PENDING', 0,
        timestamp with time zone '2024-07-01 09:00:00+08', timestamp with time zone '2024-07-01 09:00:00+08');
insert into search_changes (id, subject, subject_id, changed_at)
    values (9001, 'CASE', 9001, timestamp with time zone '2024-07-01 09:00:00+08');
insert into class_check_rules (id, scheme_code, position, kind, match_type, pattern, message, created_by, created_at)
    values (9001, 'NPC', 1, 'CONTRADICTS', 'LITERAL', '暂不具备条件', 'A类表示已解决，但答复说暂不具备条件。', 'admin',
            timestamp with time zone '2024-07-01 09:00:00+08');
