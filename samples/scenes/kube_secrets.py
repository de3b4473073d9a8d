"""Kubernetes and containers read from a bastion's shell: secrets, a pod's environment, logs, compose, helm.

Why this screen: "the app can't reach its database" or "which mailbox does the service send from?"
has a technician read a cluster's configuration as the tools print it. `kubectl get secret -o yaml`
prints the secret's `data:` as base64 values (decodable, no caption says so) and, in the
`last-applied-configuration` annotation, the same secret as one long JSON line with its
`stringData` in the clear (the terminal wraps it, a value can sit across the break); `-o
jsonpath='{.data.password}' | base64 -d` prints the plain password with no newline, glued to the
next prompt. `kubectl describe pod` lists the container's Environment: (`DB_USER: <login>`,
`DB_PASSWORD` set from the secret or in the clear, `SMTP_USER: <e-mail>`, `ADMIN_EMAIL`), `kubectl
logs` prints app lines with customers' e-mails and IPs as `key=value` pairs, `docker compose config`
the service's environment map (a database URL with its password, an SMTP password, a support
contact "<First> <Last> <e-mail>"), and `helm get values` the release's user-supplied values (an
admin contact's name, e-mail and phone, the SMTP username and password). Names from en_GB, en_US
and rare ones.
"""

from __future__ import annotations

import base64

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage

HOST = "bastion-02"
NS = "billing"
POD = "billing-api-7d9f8c6b5-x2kqp"
COLS = 132
RARE_FIRST = ["Ifeoluwa", "Radomir", "Sunniva", "Thandiwe", "Aurelio", "Marigold", "Jarosław"]
RARE_LAST = ["Okonkwo-Reilly", "Przybylski", "Strachan-Odhiambo", "Bellingham-Ruiz", "Oyelaran", "Mutasa"]


def _wrapped(out: str, value: str) -> bool:
    """Whether `value` is printed in `out` only across a row break of a COLS-wide terminal."""
    starts = [(line, line.find(value)) for line in out.splitlines() if value in line]
    return bool(starts) and all(s // COLS != (s + len(value) - 1) // COLS for _, s in starts)


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def play(stage: Stage) -> None:
    rng = stage.rng
    gb, us = stage.fake("en_GB"), stage.fake("en_US")
    admin = f"{rng.choice(RARE_FIRST)} {gb.last_name()}"
    support = f"{us.first_name()} {rng.choice(RARE_LAST)}"
    customers = [fakes.person(gb), fakes.person(us), f"{rng.choice(RARE_FIRST)} {rng.choice(RARE_LAST)}"]
    admin_mail = fakes.email_for(admin, "northquay.io", rng)
    support_mail = fakes.email_for(support, "northquay.io", rng)
    smtp_user = "billing-mailer@northquay.io"
    cust_mails = [
        fakes.email_for(customers[0], "gmail.com", rng),
        fakes.email_for(customers[1], "yahoo.com", rng),
        fakes.email_for(customers[2], "outlook.com", rng),
    ]
    db_login = fakes.initial_login(admin)
    admin_phone = fakes.uk_mobile_intl(rng)
    ips = [fakes.ipv4(rng) for _ in range(4)]
    pw_db, pw_smtp, pw_compose, pw_helm = (fakes.password(rng, n) for n in (16, 14, 13, 15))
    sentry = fakes.token(rng, 32, "0123456789abcdef")
    applied = (
        '{"apiVersion":"v1","kind":"Secret","metadata":{"annotations":{},"name":"app-db","namespace":"billing"},'
        f'"stringData":{{"database":"billing","host":"db-billing.internal","password":"{pw_db}",'
        f'"username":"{db_login}"}},"type":"Opaque"}}'
    )
    secret_yaml = (
        "apiVersion: v1\n"
        "data:\n"
        f"  database: {b64('billing')}\n"
        f"  host: {b64('db-billing.internal')}\n"
        f"  password: {b64(pw_db)}\n"
        f"  username: {b64(db_login)}\n"
        "kind: Secret\n"
        "metadata:\n"
        "  annotations:\n"
        "    kubectl.kubernetes.io/last-applied-configuration: |\n"
        f"      {applied}\n"
        '  creationTimestamp: "2026-11-18T10:22:41Z"\n'
        "  name: app-db\n"
        f"  namespace: {NS}\n"
        '  resourceVersion: "48213377"\n'
        "  uid: 7c1e04b2-5a9d-4f3e-9b61-2d8c0a7e4f19\n"
        "type: Opaque\n"
    )
    describe = (
        f"Name:             {POD}\n"
        f"Namespace:        {NS}\n"
        "Service Account:  billing-api\n"
        "Node:             aks-pool1-31245-vmss000002/10.240.0.7\n"
        "Start Time:       Sat, 05 Dec 2026 21:14:09 +0000\n"
        "Labels:           app=billing-api\n"
        "                  pod-template-hash=7d9f8c6b5\n"
        "Status:           Running\n"
        "IP:               10.244.1.38\n"
        "Containers:\n"
        "  billing-api:\n"
        "    Image:          registry.northquay.io/billing-api:2.14.1\n"
        "    Port:           8080/TCP\n"
        "    State:          Running\n"
        "      Started:      Sat, 05 Dec 2026 21:14:12 +0000\n"
        "    Ready:          True\n"
        "    Restart Count:  0\n"
        "    Environment:\n"
        "      DB_HOST:         db-billing.internal\n"
        f"      DB_USER:         {db_login}\n"
        "      DB_PASSWORD:     <set to the key 'password' in secret 'app-db'>  Optional: false\n"
        "      SMTP_HOST:       smtp.office365.com\n"
        f"      SMTP_USER:       {smtp_user}\n"
        f"      SMTP_PASSWORD:   {pw_smtp}\n"
        f"      ADMIN_EMAIL:     {admin_mail}\n"
        "      LOG_LEVEL:       info\n"
        "    Mounts:\n"
        "      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-9xq2m (ro)\n"
    )
    logs = (
        f"2026-12-06T00:41:12.381Z INFO  checkout completed order=ORD-88213 customer={cust_mails[0]} ip={ips[0]}\n"
        f"2026-12-06T00:41:15.004Z WARN  payment retry customer_email={cust_mails[1]} attempt=2 ip={ips[1]}\n"
        f"2026-12-06T00:41:19.772Z INFO  GET /api/v2/orders?email={cust_mails[0]} 200 41ms client={ips[0]}\n"
        f'2026-12-06T00:41:22.118Z INFO  invoice INV-2026-0412 sent to "{customers[2]}" <{cust_mails[2]}>\n'
        f"2026-12-06T00:41:30.559Z WARN  password reset requested user_id=18823 name={customers[1].split()[-1]} "
        f"from {ips[2]}\n"
        f"2026-12-06T00:41:33.020Z ERROR smtp send failed to={cust_mails[1]}: 550 5.1.1 mailbox unavailable\n"
    )
    compose = (
        "name: billing\n"
        "services:\n"
        "  api:\n"
        "    environment:\n"
        f"      DATABASE_URL: postgres://billing_app:{pw_compose}@db:5432/billing\n"
        "      MAIL_FROM: billing@northquay.io\n"
        f"      SENTRY_DSN: https://{sentry}@o45012.ingest.sentry.io/4506\n"
        f"      SMTP_PASSWORD: {pw_compose}\n"
        f"      SUPPORT_CONTACT: {support} <{support_mail}>\n"
        "    image: registry.northquay.io/billing-api:2.14.1\n"
        "    networks:\n"
        "      default: null\n"
        "    ports:\n"
        "      - mode: ingress\n"
        "        target: 8080\n"
        '        published: "8080"\n'
        "        protocol: tcp\n"
    )
    helm = (
        "USER-SUPPLIED VALUES:\n"
        "admin:\n"
        f"  contact: {admin}\n"
        f"  email: {admin_mail}\n"
        f"  phone: {admin_phone}\n"
        "ingress:\n"
        "  enabled: true\n"
        "  host: billing.northquay.io\n"
        "replicaCount: 3\n"
        "smtp:\n"
        "  host: smtp.office365.com\n"
        f"  password: {pw_helm}\n"
        "  port: 587\n"
        f"  username: {support_mail}\n"
    )
    for value, kind in [
        (admin, "PERSON"),
        (support, "PERSON"),
        (customers[2], "PERSON"),
        (customers[1].split()[-1], "PERSON"),
        (admin_mail, "EMAIL_ADDRESS"),
        (support_mail, "EMAIL_ADDRESS"),
        *((m, "EMAIL_ADDRESS") for m in cust_mails),
        (db_login, "USERNAME"),
        (admin_phone, "PHONE_NUMBER"),
        *((ip, "IP_ADDRESS") for ip in ips[:3]),
        (pw_db, "PASSWORD"),
        (pw_smtp, "PASSWORD"),
        (pw_compose, "PASSWORD"),
        (pw_helm, "PASSWORD"),
        (b64(pw_db), "SECRET"),
        (sentry, "SECRET"),
    ]:
        printed = secret_yaml + describe + logs + compose + helm
        stage.pii(value, kind, watch=False, note="wraps over 2 lines" if _wrapped(printed, value) else None)
    rc = (
        "export LANG=C.UTF-8 PAGER=cat\n"
        'kubectl() { case "$*" in *jsonpath*) command cat kpw.out;; *yaml*) command cat ksecret.out;;\n'
        "  describe*) command cat kdescribe.out;; logs*) command cat klogs.out;; esac; }\n"
        "base64() { command cat >/dev/null; command cat b64.out; }\n"
        "docker() { command cat compose.out; }\n"
        "helm() { command cat helm.out; }\n"
        f"PS1='ops@{HOST}:~/deploy$ '\nPROMPT_COMMAND=\nHISTFILE=/dev/null\nclear\n"
    )
    files = {
        "kpw.out": b64(pw_db),
        "b64.out": pw_db,  # base64 -d prints no newline: the password runs into the next prompt
        "ksecret.out": secret_yaml,
        "kdescribe.out": describe,
        "klogs.out": logs,
        "compose.out": compose,
        "helm.out": helm,
    }
    stage.xterm(f"ops@{HOST}: ~/deploy", rc, files, geometry=f"{COLS}x40+4+4", size=10)
    desk = stage.desk
    stage.start()
    stage.pause(1.0)

    stage.run_keeping(f"kubectl get secret app-db -n {NS} -o yaml", secret_yaml, 3.5, "kind: Secret", "type: Opaque")
    stage.mark("secret_yaml")
    stage.run_keeping(f"kubectl get secret app-db -n {NS} -o jsonpath='{{.data.password}}' | base64 -d", pw_db, 3.0)
    stage.mark("secret_decoded")
    desk.key("ctrl+l")
    stage.pause(0.4)
    stage.run_keeping(
        f"kubectl describe pod {POD} -n {NS}", describe, 4.0, "Service Account:  billing-api", "Restart Count:  0"
    )
    stage.mark("describe")
    desk.key("ctrl+l")
    stage.pause(0.4)
    stage.run_keeping(
        f"kubectl logs deploy/billing-api -n {NS} --tail=6", logs, 3.5, "checkout completed order=ORD-88213"
    )
    stage.mark("logs")
    stage.run_keeping("docker compose -f compose.prod.yaml config", compose, 3.5, "MAIL_FROM: billing@northquay.io")
    stage.mark("compose")
    desk.key("ctrl+l")
    stage.pause(0.4)
    stage.run_keeping(
        f"helm get values billing -n {NS}", helm, 3.5, "USER-SUPPLIED VALUES:", "host: billing.northquay.io"
    )
    stage.mark("done")
    stage.pause(4.0)


SCENE = SceneSpec(
    name="kube_secrets",
    description="An xterm on a bastion host reading a cluster's configuration: `kubectl get secret app-db -o yaml` "
    "(data: base64 values; the last-applied-configuration annotation's JSON with stringData in the clear, "
    "wrapped), `kubectl get secret ... -o jsonpath='{.data.password}' | base64 -d` (the plain password glued to "
    "the next prompt), `kubectl describe pod` (Environment: DB_USER, DB_PASSWORD from the secret, SMTP_USER, an "
    "SMTP password in the clear, ADMIN_EMAIL), `kubectl logs` (customers' e-mails and IPs as key=value, a "
    "customer's '<First> <Last>' in quotes), `docker compose config` (a database URL with its password, a "
    "support contact '<First> <Last> <e-mail>') and `helm get values` (an admin contact's name, e-mail and "
    "phone, the SMTP username and password). Names from en_GB, en_US and rare ones.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=30.0,
    seed=70717,
    crf=26,
)
