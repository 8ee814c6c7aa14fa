"""Headers, sheet names and notes of the reports in English, Spanish and Portuguese.

Reports are read in the language of the paper they go into, which is not always the language of
the program's menus, so these labels live here rather than in Qt's ``.ts`` catalogues.
Sheet names are at most 31 characters (Excel's limit); a test checks every entry is complete.
"""

from __future__ import annotations

from qda_app.core.errors import InvalidArgument

LANGUAGES = ("en", "es", "pt")

# key: (English, Spanish, Portuguese)
LABELS: dict[str, tuple[str, str, str]] = {
    # sheets
    "sheet_summary": ("Summary", "Resumen", "Resumo"),
    "sheet_codebook": ("Codebook", "Libro de códigos", "Livro de códigos"),
    "sheet_categories": ("Categories", "Categorías", "Categorias"),
    "sheet_code_document": ("Code-Document", "Código-Documento", "Código-Documento"),
    "sheet_cooccurrence": ("Co-occurrence", "Coocurrencia", "Coocorrência"),
    "sheet_quotations": ("Quotations", "Citas", "Citações"),
    "sheet_documents": ("Documents", "Documentos", "Documentos"),
    "sheet_pairs": ("Co-occurrence pairs", "Pares de coocurrencia", "Pares de coocorrência"),
    "sheet_matrix": ("Quotation-Code matrix", "Matriz cita-código", "Matriz citação-código"),
    "sheet_words": ("Word frequencies", "Frecuencia de palabras", "Frequência de palavras"),
    "sheet_by_code": ("Quotations by code", "Citas por código", "Citações por código"),
    "sheet_notes": ("Notes", "Notas", "Notas"),
    "sheet": ("Sheet", "Hoja", "Planilha"),  # the Notes sheet's first column: which sheet a note is about
    "sheet_relations": ("Relations", "Relaciones", "Relações"),
    "sheet_smart_codes": ("Smart codes", "Códigos inteligentes", "Códigos inteligentes"),
    # columns
    "code": ("Code", "Código", "Código"),
    "category": ("Category", "Categoría", "Categoria"),
    "subcategory": ("Subcategory", "Subcategoría", "Subcategoria"),
    "category_path": ("Category path", "Ruta de categoría", "Caminho da categoria"),
    "groundedness": ("Groundedness", "Enraizamiento", "Enraizamento"),
    "density": ("Density", "Densidad", "Densidade"),
    "groups": ("Groups", "Grupos", "Grupos"),
    "definition": ("Definition", "Definición", "Definição"),
    "colour": ("Colour", "Color", "Cor"),
    "created_by": ("Created by", "Creado por", "Criado por"),
    "created": ("Created", "Creado", "Criado"),
    "quotation_created": ("Created", "Creada", "Criada"),
    "representative": ("Representative quotation", "Cita representativa", "Citação representativa"),
    "quotation_id": ("ID", "ID", "ID"),
    "document": ("Document", "Documento", "Documento"),
    "document_number": ("Document number", "Número de documento", "Número do documento"),
    "text": ("Text", "Texto", "Texto"),
    "codes": ("Codes", "Códigos", "Códigos"),
    "coder": ("Coder", "Codificador", "Codificador"),
    "comment": ("Comment", "Comentario", "Comentário"),
    "source": ("Source", "Origen", "Origem"),
    "relation": ("Relation", "Relación", "Relação"),
    "target": ("Target", "Destino", "Destino"),
    "smart_code": ("Smart code", "Código inteligente", "Código inteligente"),
    "query": ("Query", "Consulta", "Consulta"),
    "description": ("Description", "Descripción", "Descrição"),
    "smart_codes_by_document": ("Smart codes by document", "Códigos inteligentes por documento",
                                "Códigos inteligentes por documento"),
    "smart_code_quotations": ("Quotations of each smart code", "Citas de cada código inteligente",
                              "Citações de cada código inteligente"),
    "quotation_links": ("Quotation links", "Vínculos entre citas", "Ligações entre citações"),
    "page": ("Page", "Página", "Página"),
    "quotations": ("Quotations", "Citas", "Citações"),
    "codings": ("Codings", "Codificaciones", "Codificações"),
    "words": ("Words", "Palabras", "Palavras"),
    "characters": ("Characters", "Caracteres", "Caracteres"),
    "number": ("No.", "N.º", "N.º"),
    "name": ("Name", "Nombre", "Nome"),
    "total": ("Total", "Total", "Total"),
    "subtotal": ("Subtotal", "Subtotal", "Subtotal"),
    "grand_total": ("Grand total", "Total general", "Total geral"),
    "word": ("Word", "Palabra", "Palavra"),
    "count": ("Count", "Frecuencia", "Frequência"),
    "percent": ("%", "%", "%"),
    "rank": ("Rank", "Posición", "Posição"),
    "scope": ("Scope", "Ámbito", "Âmbito"),
    "figure": ("Figure", "Dato", "Dado"),
    "value": ("Value", "Valor", "Valor"),
    "code_1": ("Code 1", "Código 1", "Código 1"),
    "code_2": ("Code 2", "Código 2", "Código 2"),
    "n1": ("n1 (groundedness 1)", "n1 (enraizamiento 1)", "n1 (enraizamento 1)"),
    "n2": ("n2 (groundedness 2)", "n2 (enraizamiento 2)", "n2 (enraizamento 2)"),
    "n12": ("n12 (co-occurrences)", "n12 (coocurrencias)", "n12 (coocorrências)"),
    "c_coefficient": ("c-coefficient", "Coeficiente c", "Coeficiente c"),
    "frequency_flag": ("Frequencies differ > 5x", "Frecuencias difieren > 5x", "Frequências diferem > 5x"),
    "all": ("All", "Todo", "Tudo"),
    "note": ("Note", "Nota", "Nota"),
    # citation inside the category tables: "(cita 3:33)"
    "cite": ("quotation", "cita", "citação"),
    "table_caption": ("Table", "Tabla", "Tabela"),
    "figure_caption": ("Figure", "Figura", "Figura"),
    "is_part_of": ("is part of", "es parte de", "é parte de"),
    "figure_legend": (
        "{G-D}: groundedness (quotations) - density (links to other codes)",
        "{E-D}: enraizamiento (citas) - densidad (vínculos con otros códigos)",
        "{E-D}: enraizamento (citações) - densidade (ligações com outros códigos)",
    ),
    # summary figures
    "project": ("Project", "Proyecto", "Projeto"),
    "documents": ("Documents", "Documentos", "Documentos"),
    "categories": ("Categories", "Categorías", "Categorias"),
    "subcategories": ("Subcategories", "Subcategorías", "Subcategorias"),
    "coders": ("Coders", "Codificadores", "Codificadores"),
    "coder_names": ("Coder names", "Nombres de codificadores", "Nomes dos codificadores"),
    "first_coding": ("First coding", "Primera codificación", "Primeira codificação"),
    "last_coding": ("Last coding", "Última codificación", "Última codificação"),
    "filter": ("Filter", "Filtro", "Filtro"),
    "no_filter": ("none (all data)", "ninguno (todos los datos)", "nenhum (todos os dados)"),
    # code-document variants
    "measure_count": ("Number of codings", "Número de codificaciones", "Número de codificações"),
    "measure_normalized": (
        "Normalised by size (quotations per column, scaled to the largest)",
        "Normalizado por tamaño (citas por columna, escalado a la mayor)",
        "Normalizado pelo tamanho (citações por coluna, escalado à maior)",
    ),
    "measure_row_percent": ("Row %", "% de fila", "% da linha"),
    "measure_column_percent": ("Column %", "% de columna", "% da coluna"),
    "cooc_counts": ("Co-occurrences (n12)", "Coocurrencias (n12)", "Coocorrências (n12)"),
    "cooc_coefficients": ("c-coefficient", "Coeficiente c", "Coeficiente c"),
    # notes
    "note_groundedness": (
        "Groundedness: distinct quotations linked to the code; a category's figure includes its "
        "subcategories (a quotation coded with several of them counts once).",
        "Enraizamiento: citas distintas vinculadas al código; la cifra de una categoría incluye sus "
        "subcategorías (una cita codificada con varias cuenta una vez).",
        "Enraizamento: citações distintas ligadas ao código; o valor de uma categoria inclui as suas "
        "subcategorias (uma citação codificada com várias conta uma vez).",
    ),
    "note_density": (
        "Density: number of relations between the code and other codes (as source or target).",
        "Densidad: número de relaciones del código con otros códigos (como origen o destino).",
        "Densidade: número de relações do código com outros códigos (como origem ou destino).",
    ),
    "note_smart_codes": (
        "Smart codes: saved queries, run again for this report; groundedness counts their quotations "
        "among the quotations the report covers (its filter applies to them too).",
        "Códigos inteligentes: consultas guardadas, ejecutadas de nuevo para este informe; el enraizamiento "
        "cuenta sus citas entre las que cubre el informe (también se les aplica su filtro).",
        "Códigos inteligentes: consultas guardadas, executadas de novo para este relatório; o enraizamento "
        "conta as suas citações entre as que o relatório cobre (o seu filtro também se aplica).",
    ),
    "note_smart_code_failed": (
        "The smart code '{name}' could not be run and is shown without quotations: {reason}",
        "El código inteligente «{name}» no pudo ejecutarse y se muestra sin citas: {reason}",
        "O código inteligente “{name}” não pôde ser executado e aparece sem citações: {reason}",
    ),
    "note_subtotal": (
        "Subtotal: sum of the subcategories' groundedness, as published tables add them.",
        "Subtotal: suma del enraizamiento de las subcategorías, como lo suman los cuadros publicados.",
        "Subtotal: soma do enraizamento das subcategorias, como os quadros publicados a somam.",
    ),
    "note_cooccurrence": (
        "Co-occurrence: pairs of quotations (the same one, or overlapping in the same document) of which "
        "one carries each code; c = n12 / (n1 + n2 - n12). Flagged where one code is used more than "
        "5 times as often as the other.",
        "Coocurrencia: pares de citas (la misma, o solapadas en el mismo documento) en que una lleva cada "
        "código; c = n12 / (n1 + n2 - n12). Se marca cuando un código se usa más de 5 veces que el otro.",
        "Coocorrência: pares de citações (a mesma, ou sobrepostas no mesmo documento) em que uma tem cada "
        "código; c = n12 / (n1 + n2 - n12). Assinala-se quando um código é usado mais de 5 vezes que o outro.",
    ),
    "note_code_document": (
        "Cells: codings (distinct quotations of the code in the column). Normalised: count x (largest "
        "column's quotations / column's quotations). Row % and column %: share of the row or column total.",
        "Celdas: codificaciones (citas distintas del código en la columna). Normalizado: frecuencia x "
        "(citas de la columna mayor / citas de la columna). % de fila y de columna: parte del total.",
        "Células: codificações (citações distintas do código na coluna). Normalizado: frequência x "
        "(citações da maior coluna / citações da coluna). % da linha e da coluna: parte do total.",
    ),
    "note_c_above_one": (
        "A c-coefficient above 1 (marked) means one code's quotations each hold several of the "
        "other's: n12 counts pairs of quotations, so it can exceed the smaller frequency. Read those "
        "pairs in the quotations, not as a share.",
        "Un coeficiente c mayor que 1 (marcado) indica que las citas de un código contienen varias "
        "del otro: n12 cuenta pares de citas y puede superar la frecuencia menor. Revise esos pares "
        "en las citas; no es una proporción.",
        "Um coeficiente c maior que 1 (marcado) indica que as citações de um código contêm várias "
        "do outro: n12 conta pares de citações e pode superar a frequência menor. Reveja esses pares "
        "nas citações; não é uma proporção.",
    ),
    "note_speakers": (
        "Word frequencies leave out speaker labels (a name and a colon starting two or more lines, "
        "such as \"Interviewer:\").",
        "Las frecuencias de palabras no cuentan las etiquetas de hablante (un nombre y dos puntos al "
        "inicio de dos o más líneas, como «Entrevistador:»).",
        "As frequências de palavras não contam os rótulos de falante (um nome e dois pontos no início "
        "de duas ou mais linhas, como “Entrevistador:”).",
    ),
    "note_matrix_csv": (
        "The quotation-code matrix ({rows} quotations x {codes} codes) is too large for the workbook; "
        "export CSV files (a folder) to get it.",
        "La matriz cita-código ({rows} citas x {codes} códigos) es demasiado grande para el libro; "
        "expórtela como archivos CSV (una carpeta).",
        "A matriz citação-código ({rows} citações x {codes} códigos) é grande demais para a pasta de "
        "trabalho; exporte-a como arquivos CSV (uma pasta).",
    ),
}


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise InvalidArgument(name="language", reason="use_one_of", choices=LANGUAGES)
    return language


def label(key: str, language: str = "en") -> str:
    return LABELS[key][LANGUAGES.index(check_language(language))]


def labels(keys: list[str] | tuple[str, ...], language: str = "en") -> list[str]:
    return [label(key, language) for key in keys]
