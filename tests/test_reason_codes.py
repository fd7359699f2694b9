"""Reason-code tables: parity with the use-case guide, look-ups, checks and the job context."""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

import pytest
from spapi_services_generated.models.service_job import ServiceJob

from spapi_services.errors import InvalidReasonCodeError, UnknownMarketplaceError, ValidationError
from spapi_services.reason_codes import (
    CANCELLATION_CODES,
    MARKETPLACE_COUNTRY,
    RESCHEDULE_CODES,
    ServiceType,
    allowed_cancellation_codes,
    allowed_reschedule_codes,
    check_cancellation_code,
    check_reschedule_code,
    country_for,
    service_context,
)

US, UK, DE, IN, AE, JP = (
    "ATVPDKIKX0DER",
    "A1F83G8C2ARO7P",
    "A1PA6795UKMFR9",
    "A21TJRUUN4KGV",
    "A2VIGQ35RCS4UG",
    "A1VC38T7YXB528",
)
BY_COUNTRY = {"US": US, "UK": UK, "DE": DE, "IN": IN, "AE": AE, "JP": JP}
GUIDE = Path(__file__).resolve().parents[1] / ".." / "shared" / "seeds" / "000_30e866f41c65b8ec.txt"
NOT_IN_USE = [f"S{n}" for n in (*range(7, 13), 18, 19, *range(21, 27), 48, 49, 50, 53, 54)]


# --- parity with the guide's tables (skipped when the guide is not around) -------------------


def _guide_rows(code_pattern: str) -> dict[str, list[set[str]]]:
    """code -> one set of countries per service-type column, read from the guide's table."""
    if not GUIDE.is_file():
        pytest.skip("the use-case guide is not available")
    rows: dict[str, list[set[str]]] = {}
    for line in GUIDE.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.split("|")]
        if re.fullmatch(code_pattern, cells[0]):
            rows[cells[0]] = [
                {c.strip() for c in cell.split(",")} - {"-", ""} for cell in cells[2:-1]
            ]
    return rows


def _expected(rows: dict[str, list[set[str]]], country: str, column: int) -> list[str]:
    return [code for code, cols in rows.items() if country in cols[column]]


@pytest.mark.parametrize("country", ["US", "IN", "UK", "DE"])
@pytest.mark.parametrize(
    ("service_type", "column"),
    # the cancellation table has no recurring column: recurring jobs use the default one
    [(ServiceType.DEFAULT, 0), (ServiceType.HEAVY_BULKY, 1), (ServiceType.RECURRING, 0)],
)
def test_cancellation_table_matches_the_guide(
    country: str, service_type: ServiceType, column: int
) -> None:
    rows = _guide_rows(r"S\d+")
    assert len(rows) == 36
    got = list(allowed_cancellation_codes(BY_COUNTRY[country], service_type))
    assert got == _expected(rows, country, column)


@pytest.mark.parametrize("country", ["US", "IN", "UK", "DE", "AE", "JP"])
@pytest.mark.parametrize(
    ("service_type", "column"),
    [(ServiceType.DEFAULT, 0), (ServiceType.HEAVY_BULKY, 1), (ServiceType.RECURRING, 2)],
)
def test_reschedule_table_matches_the_guide(
    country: str, service_type: ServiceType, column: int
) -> None:
    rows = _guide_rows(r"(RS|DRS|SRS)\d+")
    assert len(rows) == 19  # RS7 is listed as not in use and allows nothing
    got = list(allowed_reschedule_codes(BY_COUNTRY[country], service_type))
    assert got == _expected(rows, country, column)


def test_every_code_in_the_guide_is_known_except_the_unused_ones() -> None:
    cancellation = _guide_rows(r"S\d+")
    reschedule = _guide_rows(r"(RS|DRS|SRS)\d+")
    assert set(CANCELLATION_CODES) == set(cancellation)
    assert set(RESCHEDULE_CODES) == set(reschedule) - {"RS7"}


# --- the tables themselves ----------------------------------------------------------------


def test_us_default_cancellation_codes() -> None:
    assert list(allowed_cancellation_codes(US)) == ["S1", "S3", "S13", "S14", "S15", "S16", "S17"]


def test_de_heavy_bulky_cancellation_codes() -> None:
    assert list(allowed_cancellation_codes(DE, ServiceType.HEAVY_BULKY)) == [
        "S1",
        "S2",
        "S3",
        "S4",
        "S5",
        "S6",
    ]


def test_jp_recurring_reschedule_codes_and_an_empty_column() -> None:
    assert list(allowed_reschedule_codes(JP, ServiceType.RECURRING)) == ["RS4", "RS8", "RS11"]
    assert dict(allowed_reschedule_codes(IN, ServiceType.RECURRING)) == {}


def test_descriptions_are_given_for_every_allowed_code() -> None:
    codes = allowed_reschedule_codes(US, "heavybulky")
    assert codes["DRS6"] == RESCHEDULE_CODES["DRS6"]
    assert all(isinstance(d, str) and d for d in codes.values())


@pytest.mark.parametrize("code", [*NOT_IN_USE, "S28", "S29", "S30"])
def test_unused_and_nowhere_allowed_cancellation_codes_are_refused(code: str) -> None:
    for marketplace in (US, UK, DE, IN):
        for service_type in ServiceType:
            assert code not in allowed_cancellation_codes(marketplace, service_type)
            with pytest.raises(InvalidReasonCodeError):
                check_cancellation_code(code, marketplace_id=marketplace, service_type=service_type)


def test_rs7_is_unknown() -> None:
    assert "RS7" not in RESCHEDULE_CODES
    with pytest.raises(InvalidReasonCodeError):
        check_reschedule_code("RS7", marketplace_id=US)


def test_the_returned_mapping_is_read_only() -> None:
    codes = allowed_cancellation_codes(US)
    with pytest.raises(TypeError):
        codes["S99"] = "made up"  # type: ignore[index]
    assert "S99" not in allowed_cancellation_codes(US)


# --- service types ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("heavybulky", ServiceType.HEAVY_BULKY),
        ("HEAVYBULKY", ServiceType.HEAVY_BULKY),
        ("HEAVY_BULKY", ServiceType.HEAVY_BULKY),
        ("HeavyBulky", ServiceType.HEAVY_BULKY),
        ("recurring", ServiceType.RECURRING),
        (None, ServiceType.DEFAULT),
        ("", ServiceType.DEFAULT),
        ("installation", ServiceType.DEFAULT),
    ],
)
def test_service_type_from_job(raw: str | None, expected: ServiceType) -> None:
    assert ServiceType.from_job(raw) is expected


@pytest.mark.parametrize("spelling", [ServiceType.HEAVY_BULKY, "heavy_bulky", "heavybulky"])
def test_service_type_accepted_as_enum_value_or_raw_job_value(spelling: str) -> None:
    assert list(allowed_cancellation_codes(DE, spelling)) == ["S1", "S2", "S3", "S4", "S5", "S6"]


def test_none_service_type_means_default() -> None:
    assert allowed_reschedule_codes(UK, None) == allowed_reschedule_codes(UK, ServiceType.DEFAULT)


def test_unknown_service_type_string_is_a_validation_error() -> None:
    with pytest.raises(ValidationError) as info:
        allowed_cancellation_codes(US, "heavy")
    assert info.value.field == "service_type"
    assert "heavy_bulky" in str(info.value)


# --- marketplaces -----------------------------------------------------------------------


def test_marketplace_countries() -> None:
    assert {country_for(m) for m in BY_COUNTRY.values()} == set(BY_COUNTRY)
    assert country_for(UK) == "UK"
    assert country_for("A13V1IB3VIYZZH") == "FR"  # known, but in no table
    assert country_for("NOT-A-MARKETPLACE") is None
    assert MARKETPLACE_COUNTRY[IN] == "IN"


def test_unknown_marketplace_raises_on_lookup() -> None:
    with pytest.raises(UnknownMarketplaceError) as info:
        allowed_reschedule_codes("A13V1IB3VIYZZH")
    assert info.value.marketplace_id == "A13V1IB3VIYZZH"


def test_cancellation_table_does_not_cover_ae_and_jp() -> None:
    for marketplace in (AE, JP):
        with pytest.raises(UnknownMarketplaceError):
            allowed_cancellation_codes(marketplace)
        assert allowed_reschedule_codes(marketplace)  # the reschedule table does


# --- checks -----------------------------------------------------------------------------


def test_allowed_codes_pass() -> None:
    assert check_cancellation_code("S20", marketplace_id=IN) is True
    assert check_cancellation_code("S2", marketplace_id=DE, service_type="heavybulky") is True
    assert check_reschedule_code("RS4", marketplace_id=US, service_type="recurring") is True


def test_refused_code_error_names_everything() -> None:
    with pytest.raises(InvalidReasonCodeError) as info:
        check_cancellation_code("S20", marketplace_id=US)
    err = info.value
    assert err.field == "cancellation_reason_code"
    assert err.code == "S20"
    assert err.marketplace_id == US
    assert err.service_type == ServiceType.DEFAULT.value
    assert list(err.allowed_codes) == ["S1", "S3", "S13", "S14", "S15", "S16", "S17"]
    message = str(err)
    assert "cancellation_reason_code" in message and "S20" in message and US in message
    assert f"S14 ({CANCELLATION_CODES['S14']})" in message


def test_code_allowed_for_default_is_refused_for_heavy_bulky() -> None:
    assert check_cancellation_code("S13", marketplace_id=DE) is True
    with pytest.raises(InvalidReasonCodeError) as info:
        check_cancellation_code("S13", marketplace_id=DE, service_type=ServiceType.HEAVY_BULKY)
    assert info.value.service_type == "heavy_bulky"


def test_reschedule_error_uses_its_field_and_can_be_renamed() -> None:
    with pytest.raises(InvalidReasonCodeError) as info:
        check_reschedule_code("DRS1", marketplace_id=US)
    assert info.value.field == "reschedule_reason_code"
    with pytest.raises(InvalidReasonCodeError) as info:
        check_reschedule_code("RS1", marketplace_id=US, field="body.reschedule_reason_code")
    assert info.value.field == "body.reschedule_reason_code"


def test_codes_are_case_sensitive() -> None:
    with pytest.raises(InvalidReasonCodeError):
        check_cancellation_code("s1", marketplace_id=US)


def test_empty_column_refuses_every_code_and_says_none_allowed() -> None:
    with pytest.raises(InvalidReasonCodeError) as info:
        check_reschedule_code("RS11", marketplace_id=IN, service_type=ServiceType.RECURRING)
    assert info.value.allowed_codes == {}
    assert "allowed: none" in str(info.value)


@pytest.mark.parametrize("marketplace", ["A13V1IB3VIYZZH", None])
def test_uncovered_marketplace_warns_and_lets_the_api_decide(
    marketplace: str | None, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="spapi_services.reason_codes"):
        assert check_cancellation_code("S1", marketplace_id=marketplace) is False
        assert check_reschedule_code("RS4", marketplace_id=marketplace) is False
    records = [r for r in caplog.records if r.name == "spapi_services.reason_codes"]
    assert len(records) == 2
    assert all(r.levelno == logging.WARNING for r in records)
    assert "S1" in records[0].getMessage() and "RS4" in records[1].getMessage()


@pytest.mark.parametrize("check", [check_cancellation_code, check_reschedule_code])
def test_a_code_or_marketplace_that_is_not_a_string_is_a_validation_error(check: Any) -> None:
    with pytest.raises(ValidationError) as info:
        check(["S1"], marketplace_id=US, field="reason_code")
    assert info.value.field == "reason_code" and "expected a string" in str(info.value)
    with pytest.raises(ValidationError) as info:
        check("S1", marketplace_id=[US])
    assert info.value.field == "marketplace_id"


def test_ae_cancellation_is_not_checked() -> None:
    assert check_cancellation_code("S99", marketplace_id=AE) is False


# --- the job's context -------------------------------------------------------------------


def test_service_context_from_a_parsed_job() -> None:
    job = ServiceJob.from_dict(
        {"serviceJobId": "j-1", "marketplaceId": JP, "serviceType": "heavybulky"}
    )
    assert service_context(job) == (JP, ServiceType.HEAVY_BULKY)


def test_service_context_reads_an_extra_marketplace_property() -> None:
    job = ServiceJob(service_job_id="j-2")
    job.additional_properties["marketplaceId"] = UK
    assert service_context(job) == (UK, ServiceType.DEFAULT)


def test_service_context_without_marketplace_or_type() -> None:
    assert service_context(ServiceJob(service_job_id="j-3")) == (None, ServiceType.DEFAULT)


def test_service_context_feeds_the_check() -> None:
    job = ServiceJob.from_dict({"marketplaceId": US, "serviceType": "heavybulky"})
    marketplace, kind = service_context(job)
    assert check_reschedule_code("DRS3", marketplace_id=marketplace, service_type=kind) is True
    with pytest.raises(InvalidReasonCodeError):
        check_reschedule_code("DRS3", marketplace_id=marketplace)
