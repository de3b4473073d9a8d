"""A command's output printed without a newline runs into the next shell prompt (scene kube_secrets:
`kubectl get secret ... -o jsonpath='{.data.password}' | base64 -d` prints the password, then the
prompt on the same row, '<password><user>@<host>:<path>$'). Scaled to 0.75 the recording left the
password readable beside the masked prompt. Values are invented."""

import pytest

from tests.helpers import text_layout


def _found(detector, *rows: str) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


@pytest.mark.parametrize(
    "row, secret",
    [
        ("Zq8Ex*T9XRm%kPops@bastion-02:~/deploy$", "Zq8Ex*T9XRm%kPops"),
        ("c2VjcmV0LXRva2VuLTQy=root@web-03:/srv/app# ", "c2VjcmV0LXRva2VuLTQy=root"),
        ("Kq2!vv9Qadeploy@shop-app-01:/srv/shop$ ls", "Kq2!vv9Qadeploy"),
        # scaled to 0.75: the window's edge read "|", "~/" lost, "$" read "s"
        ("|Zq8ExT9XRmkPops@bastion-o2:deploys*.-..", "|Zq8ExT9XRmkPops"),
    ],
)
def test_output_glued_before_a_prompt_is_a_secret(detector, row, secret):
    assert ("SECRET", secret) in _found(detector, row)


@pytest.mark.parametrize(
    "row",
    [
        "deploy@shop-app-01:/srv/shop$ vim customers.csv",
        "[deploy@shop-app-01 ~]$ ls -la",
        "ops@bastion-02:~/deploy$ kubectl get pods",
        "Mail sent to support@example.org: ok",
        "John.Smith@example.org: mailbox full",
        # a program's last word and a comma before the prompt (tests/test_detect.py's technical rows)
        "ok,root@web-01:~# exit",
    ],
)
def test_prompts_without_glued_output_stay(detector, row):
    assert not {v for e, v in _found(detector, row) if e == "SECRET"}
