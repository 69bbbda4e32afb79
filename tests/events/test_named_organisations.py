"""Named organisations of organisations.tsv coded in sentences written for this test: a body
named without its country still gives the event its country."""

import pytest

from newsevents import code_text


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Justice Department returned the stolen statues to Peru.", "USAGOV", "PER"),
        ("The RCMP arrested two men in Vancouver.", "CANCOP", "CANCVL"),
        ("ONLF fighters ambushed Ethiopian troops.", "ETHREB", "ETHMIL"),
        ("The SPLA clashed with SPLM-IO fighters.", "SSDMIL", "SSDREB"),
        ("The Carabinieri arrested a Camorra boss.", "ITACOP", "ITACRM"),
        ("Norwegian People's Aid delivered food to Syrian refugees.", "NGONPA", "SYRREF"),
    ],
)
def test_a_named_body_gives_its_code(text: str, source: str, target: str) -> None:
    assert (source, target) in {(e.source.code, e.target.code if e.target else None) for e in code_text(text)}


def test_an_acronym_that_is_also_a_word_is_no_actor_in_lower_or_title_case() -> None:
    assert all(e.source.code != "USACOP" for e in code_text("Ice blocked the road and villagers cleared it."))
