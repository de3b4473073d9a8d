"""Scene scripts that record realistic remote-support screens with the team's recorder.

Each module describes one screen class (payroll sheet, chat, webmail, ...) as a `SceneSpec` named
`SCENE`; `stage.py` holds what they share. Record them with `python -m samples.scenes --out DIR`
(see README.md): recordings are made on demand, never in CI.
"""

from __future__ import annotations

import importlib

from samples.scenes.stage import SceneSpec

SCENES: tuple[str, ...] = (
    "hr_payroll_sheet",
    "chat_support",
    "webmail_inbox",
    "helpdesk_ticket",
    "security_settings",
    "system_tools",
    "bank_statement",
    "profile_page",
    "invoice_pdf",
    "crm_grid",
    "terminal_user",
    "shop_checkout",
    "contacts_app",
    "dev_terminal",
    "admin_users",
    "order_lookup",
    "psql_console",
    "clinic_calendar",
    "mail_compose",
    "file_manager",
    "browser_history",
    "video_call",
    "linux_accounts",
    "api_client",
    "letter_doc",
    "id_scan",
    "password_vault",
    "meeting_invite",
    "sheet_edit",
    "ticket_queue",
    "chat_dms",
    "crm_contact_map",
    "licence_scan",
    "payee_form",
    "social_profile",
    "cloud_console",
    "tax_form_pdf",
    "browser_autofill",
    "eu_checkout",
    "shipping_labels",
    "motor_claim",
    "gp_record",
    "hr_onboarding",
    "git_history",
    "team_channel",
    "account_settings",
    "print_admin",
    "shop_account",
    "win_console",
    "pharmacy_refill",
    "flight_booking",
    "router_devices",
    "mac_users",
    "org_chart",
    "ride_receipt",
    "access_audit",
    "win_accounts",
    "support_console",
    "statement_print",
    "maps_places",
    "doc_comments",
    "cli_identities",
    "payment_activity",
    "remote_session",
    "notifications_feed",
    "mail_thread",
    "delivery_tracking",
    "vcard_terminal",
    "school_portal",
    "ats_candidates",
    "hotel_frontdesk",
    "log_tail",
    "mutt_mail",
    "shell_secrets",
    "softphone_calls",
    "esign_envelope",
    "code_review",
    "benefits_claim",
    "letting_agent",
    "survey_responses",
    "ldap_directory",
    "telecom_account",
    "legal_case",
    "vet_practice",
    "kube_secrets",
    "vim_editing",
    "crypto_wallet",
    "energy_account",
    "customer_search",
    "donor_crm",
    "payslip_pdf",
    "kanban_board",
    "marketplace_seller",
    "visa_application",
    "sms_messages",
    "db_cli_modes",
    "address_lookup",
    "proc_secrets",
    "cert_keys",
    "insurance_quote",
)


def load(name: str) -> SceneSpec:
    """The `SCENE` of module `name` (imported lazily: one scene's mistakes do not stop the others)."""
    if name not in SCENES:
        raise KeyError(f"unknown scene {name!r}; known: {', '.join(SCENES)}")
    spec = importlib.import_module(f"samples.scenes.{name}").SCENE
    assert isinstance(spec, SceneSpec)
    return spec
