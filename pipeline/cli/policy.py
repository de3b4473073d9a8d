"""`redact policy check`: validate a policy file and describe what it decides."""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.core.errors import ExitCode


@click.group("policy")
def policy_group() -> None:
    """The privacy policy file (models/policy.yaml by default)."""


@policy_group.command("check")
@click.argument("policy_file", type=click.Path(path_type=Path))
def policy_check_command(policy_file: Path) -> None:
    """Validate a policy file and explain every problem (one per line).

    \b
    Example:
      redact policy check models/policy.yaml
    """
    from pipeline.store.policy import check_policy, describe, load_policy

    problems = check_policy(policy_file)
    if problems:
        for problem in problems:
            click.echo(f"{policy_file}: {problem}", err=True)
        raise SystemExit(int(ExitCode.CONFIG))
    for line in describe(load_policy(policy_file)):
        click.echo(line)
