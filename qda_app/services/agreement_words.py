"""Agreement results in words, in English, Spanish or Portuguese (CLI, workbook, GUI).

Reasons are stable keys in the results (``no_variation``, ``not_coded_by_all``, ...); this is
the one place that turns them into sentences. A workbook goes into a paper written in its own
language, whatever the program's menus say, so the language is chosen per export (``--lang``).
"""

from __future__ import annotations

from qda_app.services.reports.labels import LANGUAGES

from qda_app.core.errors import InvalidArgument

# key: (English, Spanish, Portuguese)
WORDS: dict[str, tuple[str, str, str]] = {
    # why a value is n/a
    "single_coder": ("fewer than two coders were compared", "se compararon menos de dos codificadores",
                     "foram comparados menos de dois codificadores"),
    "not_two_coders": ("Cohen's kappa compares exactly two coders (see Fleiss' kappa and the pairs)",
                       "el kappa de Cohen compara exactamente dos codificadores (véase el kappa de Fleiss y los pares)",
                       "o kappa de Cohen compara exatamente dois codificadores (ver o kappa de Fleiss e os pares)"),
    "no_units": ("no text was compared (no document every coder coded)",
                 "no se comparó ningún texto (ningún documento codificado por todos)",
                 "nenhum texto foi comparado (nenhum documento codificado por todos)"),
    "no_coding": ("no compared coder applied this code here", "ningún codificador comparado aplicó este código aquí",
                  "nenhum codificador comparado aplicou este código aqui"),
    "no_overlap": ("the coders' coded passages never meet", "los fragmentos codificados de los codificadores nunca se cruzan",
                   "os trechos codificados dos codificadores nunca se cruzam"),
    "no_variation": ("no variation: disagreement was not possible", "sin variación: el desacuerdo no era posible",
                     "sem variação: o desacordo não era possível"),
    "domain_violation": ("a coder applied two codes of this domain to the same text",
                         "un codificador aplicó dos códigos de este dominio al mismo texto",
                         "um codificador aplicou dois códigos deste domínio ao mesmo texto"),
    "no_resamples": ("no resample gave a value", "ningún remuestreo dio un valor", "nenhuma reamostragem deu um valor"),
    "no_value": ("no value", "sin valor", "sem valor"),
    "n/a": ("not computed for this comparison", "no se calcula en esta comparación", "não calculado nesta comparação"),
    # what is left out, and why
    "not_coded_by_all": ("documents left out, coded by {coded_by} but not by {not_coded_by}: {item}",
                         "documentos excluidos, codificados por {coded_by} pero no por {not_coded_by}: {item}",
                         "documentos excluídos, codificados por {coded_by} mas não por {not_coded_by}: {item}"),
    "only_in_left_out_documents": ("code {item} left out: used only in documents not compared ({documents})",
                                   "código {item} excluido: solo se usa en documentos no comparados ({documents})",
                                   "código {item} excluído: usado só em documentos não comparados ({documents})"),
    "no_shared_document": ("coders {item} share no document: nothing of theirs can be compared",
                           "los codificadores {item} no comparten ningún documento: no se puede comparar nada suyo",
                           "os codificadores {item} não compartilham nenhum documento: nada deles pode ser comparado"),
    "documents_differ": ("documents {item} ({names}) are versions of one transcript with different texts, "
                         "coded by different coders ({coded_by}): merge the copy again to align them",
                         "los documentos {item} ({names}) son versiones de una transcripción con textos distintos, "
                         "codificadas por codificadores distintos ({coded_by}): vuelva a fusionar la copia para alinearlas",
                         "os documentos {item} ({names}) são versões de uma transcrição com textos diferentes, "
                         "codificadas por codificadores diferentes ({coded_by}): mescle a cópia de novo para alinhá-las"),
    "no_coefficient": ("left out of the overall {coefficient}: {item} ({why})",
                       "excluido del {coefficient} global: {item} ({why})",
                       "excluído do {coefficient} global: {item} ({why})"),
    "several_values": ("unit {item}: {coder} gave it several codes ({codes}); that value is left out",
                       "unidad {item}: {coder} le dio varios códigos ({codes}); ese valor se excluye",
                       "unidade {item}: {coder} atribuiu a ela vários códigos ({codes}); esse valor é excluído"),
    "not_pairable": ("units valued by fewer than two coders ({valued_by}), not pairable: {item}",
                     "unidades valoradas por menos de dos codificadores ({valued_by}), no emparejables: {item}",
                     "unidades valoradas por menos de dois codificadores ({valued_by}), não emparelháveis: {item}"),
    "partial_overall": ("the overall {coefficient} rests on {count} of {total} domains ({domains})",
                        "el {coefficient} global se basa en {count} de {total} dominios ({domains})",
                        "o {coefficient} global se baseia em {count} de {total} domínios ({domains})"),
    # how two coders' passages differ (consensus.Passage.kind), as the agreement window says it
    "passage_matched": ("matched", "coincidente", "coincidente"),
    "passage_partial": ("boundaries differ", "límites distintos", "limites diferentes"),
    "passage_missing": ("only one coder", "solo un codificador", "apenas um codificador"),
    "passage_confused": ("different codes", "códigos distintos", "códigos diferentes"),
    # readings
    "reliable": ("reliable", "fiable", "confiável"),
    "tentative": ("tentative", "provisional", "provisória"),  # pt: an avaliação
    "unreliable": ("unreliable", "no fiable", "não confiável"),
}


# The coefficients as a reader names them (the results key them "cu_alpha", "cohen_kappa").
COEFFICIENT_NAMES: dict[str, tuple[str, str, str]] = {
    "alpha_binary": ("alpha-binary", "α binaria", "α binária"),
    "u_alpha": ("u-alpha", "u-α", "u-α"),
    "cu_alpha": ("cu-alpha", "cu-α", "cu-α"),
    "ku_alpha": ("(k)u-alpha", "(k)u-α", "(k)u-α"),
    "percent_agreement": ("% agreement", "% de acuerdo", "% de concordância"),
    "cohen_kappa": ("Cohen's kappa", "κ de Cohen", "κ de Cohen"),
    "fleiss_kappa": ("Fleiss' kappa", "κ de Fleiss", "κ de Fleiss"),
}


def coefficient_name(key: str, language: str = "en") -> str:
    entry = COEFFICIENT_NAMES.get(key)
    return entry[language_index(language)] if entry else key


def language_index(language: str) -> int:
    if language not in LANGUAGES:
        raise InvalidArgument(name="lang", reason="use_one_of", choices=LANGUAGES)
    return LANGUAGES.index(language)


def word(key: str | None, language: str = "en") -> str:
    if key is None:
        return ""
    entry = WORDS.get(key)
    return entry[language_index(language)] if entry else key


def _listed(value: object) -> str:
    if isinstance(value, (list, tuple)):
        return ", ".join(str(item) for item in value) or "-"
    if isinstance(value, dict):
        return "; ".join(f"{key}: {_listed(item)}" for key, item in value.items())
    return str(value)


def left_out_sentence(entry: dict, language: str = "en") -> str:
    """One left-out entry of the JSON as a sentence."""
    fields = {key: _listed(value) for key, value in entry.items()}
    if "coefficient" in entry:
        fields["coefficient"] = coefficient_name(str(entry["coefficient"]), language)
    if "why" in entry:
        fields["why"] = word(entry["why"], language)
    template = WORDS.get(entry["reason"])
    if template is None:
        return f"{entry['kind']} {fields['item']}: {entry['reason']}"
    return template[language_index(language)].format_map(_Missing(fields))


class _Missing(dict):
    def __missing__(self, key: str) -> str:
        return "-"


def _grouped_domains(entries: list[dict], language: str) -> list[str]:
    """One line per coefficient and reason, naming every domain it leaves out."""
    groups: dict[tuple[str, str], list[str]] = {}
    for entry in entries:
        groups.setdefault((entry["coefficient"], entry["why"]), []).append(str(entry["item"]))
    return [left_out_sentence({"kind": "domain", "item": ", ".join(items), "reason": "no_coefficient",
                               "coefficient": coefficient, "why": why}, language)
            for (coefficient, why), items in groups.items()]


def reasons_sentence(reasons: dict[str, str], language: str = "en") -> str:
    """``{"cu_alpha": "no_variation"}`` as "cu-alpha: no variation: ..."."""
    return "; ".join(f"{coefficient_name(name, language)}: {word(reason, language)}" for name, reason in reasons.items())


def _grouped(entries: list[dict], keys: tuple[str, ...], language: str) -> list[str]:
    """Entries that differ only in ``item`` as one sentence naming every item."""
    groups: dict[tuple, list[dict]] = {}
    for entry in entries:
        groups.setdefault(tuple(str(entry.get(key)) for key in keys), []).append(entry)
    return [left_out_sentence({**members[0], "item": ", ".join(str(m["item"]) for m in members)}, language)
            for members in groups.values()]


def warnings(data: dict, language: str = "en") -> list[str]:
    """Every left-out entry and a partial overall value, as sentences (the terminal's warnings).

    Entries with the same reason and details share one line that names all their items, so a
    long list stays readable and still complete.
    """
    entries = data["left_out"]
    lines = _grouped([e for e in entries if e["reason"] == "not_coded_by_all"], ("coded_by", "not_coded_by"),
                     language)
    lines += [left_out_sentence(entry, language) for entry in entries
              if entry["reason"] not in ("no_coefficient", "not_coded_by_all")]
    overall = data["overall"]
    if overall.get("rests_on_domains") and not overall.get("complete", True):
        total = len(data["domains"])
        for coefficient, domains in overall["rests_on_domains"].items():
            if len(domains) < total:
                lines.append(WORDS["partial_overall"][language_index(language)].format(
                    coefficient=coefficient_name(coefficient, language), count=len(domains), total=total, domains=", ".join(domains) or "-"))
        lines += _grouped_domains([entry for entry in entries if entry["reason"] == "no_coefficient"], language)
    if data.get("units"):
        unit_entries = data["units"]["left_out"]
        lines += [left_out_sentence(entry, language) for entry in unit_entries if entry["reason"] != "not_pairable"]
        lines += _grouped([e for e in unit_entries if e["reason"] == "not_pairable"], ("valued_by",), language)
    return lines
