<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
  <context>
    <name>Actions</name>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="32" />
      <source>&amp;New Project…</source>
      <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="33" />
      <source>&amp;Open Project…</source>
      <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="34" />
      <source>Open &amp;Demo Project</source>
      <translation>Abrir proyecto de &amp;demostración</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="35" />
      <source>&amp;Import Documents…</source>
      <translation>&amp;Importar documentos…</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="36" />
      <source>&amp;Close Project</source>
      <translation>&amp;Cerrar proyecto</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="37" />
      <source>&amp;Quit</source>
      <translation>&amp;Salir</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="38" />
      <source>&amp;Undo</source>
      <translation>&amp;Deshacer</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="39" />
      <source>&amp;Redo</source>
      <translation>&amp;Rehacer</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="40" />
      <source>&amp;Find in Document…</source>
      <translation>&amp;Buscar en el documento…</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="41" />
      <source>Find in &amp;All Documents…</source>
      <translation>Buscar en &amp;todos los documentos…</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="42" />
      <source>&amp;Preferences…</source>
      <translation>&amp;Preferencias…</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="43" />
      <source>Switch &amp;Coder…</source>
      <translation>Cambiar de &amp;codificador…</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="44" />
      <source>&amp;Code Selection…</source>
      <translation>&amp;Codificar selección…</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="45" />
      <source>&amp;Quick Code</source>
      <translation>Codificación &amp;rápida</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="46" />
      <source>Code &amp;In Vivo</source>
      <translation>Codificar &amp;in vivo</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="47" />
      <source>&amp;Remove Code from Quotation…</source>
      <translation>&amp;Quitar código de la cita…</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="48" />
      <source>&amp;Delete Quotation</source>
      <translation>&amp;Eliminar cita</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="49" />
      <source>Co&amp;mment on Quotation…</source>
      <translation>Co&amp;mentar la cita…</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="50" />
      <source>Mark as Re&amp;presentative</source>
      <translation>Marcar como re&amp;presentativa</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="51" />
      <source>Set Quotation &amp;Boundaries to Selection</source>
      <translation>Ajustar &amp;límites de la cita a la selección</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="52" />
      <source>&amp;New Code…</source>
      <translation>&amp;Nuevo código…</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="53" />
      <source>Re&amp;name Code…</source>
      <translation>Re&amp;nombrar código…</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="54" />
      <source>Change &amp;Colour…</source>
      <translation>Cambiar &amp;color…</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="55" />
      <source>Edit &amp;Definition…</source>
      <translation>Editar &amp;definición…</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="56" />
      <source>&amp;Merge into…</source>
      <translation>&amp;Fusionar con…</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="57" />
      <source>&amp;Split Category…</source>
      <translation>&amp;Dividir categoría…</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="58" />
      <source>&amp;Delete Code…</source>
      <translation>&amp;Eliminar código…</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="59" />
      <source>New &amp;Memo…</source>
      <translation>Nuevo &amp;memo…</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="60" />
      <source>Zoom &amp;In</source>
      <translation>&amp;Ampliar</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="61" />
      <source>Zoom &amp;Out</source>
      <translation>&amp;Reducir</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="62" />
      <source>Colour by C&amp;oder</source>
      <translation>Colorear por c&amp;odificador</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="63" />
      <source>Show Codings &amp;of…</source>
      <translation>Mostrar codificaciones &amp;de…</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/actions.py" line="64" />
      <source>&amp;About qda_app</source>
      <translation>&amp;Acerca de qda_app</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../../qda_app/gui/app.py" line="55" />
      <location filename="../../qda_app/gui/app.py" line="58" />
      <source>Cannot open the project</source>
      <translation>No se puede abrir el proyecto</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/app.py" line="80" />
      <source>Welcome to qda_app</source>
      <translation>Bienvenido a qda_app</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/app.py" line="81" />
      <source>Your name as a coder (it is recorded with every coding):</source>
      <translation>Su nombre como codificador (se registra con cada codificación):</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/app.py" line="105" />
      <source>Demo project</source>
      <translation>Proyecto de demostración</translation>
    </message>
  </context>
  <context>
    <name>CodeActions</name>
    <message>
      <location filename="../../qda_app/gui/code_actions.py" line="39" />
      <source>New Code</source>
      <translation>Nuevo código</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/code_actions.py" line="40" />
      <source>Name (Category::Code makes a sub-code):</source>
      <translation>Nombre (Categoría::Código crea un subcódigo):</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/code_actions.py" line="51" />
      <source>Rename Code</source>
      <translation>Renombrar código</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/code_actions.py" line="51" />
      <source>New name:</source>
      <translation>Nombre nuevo:</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/code_actions.py" line="62" />
      <source>Code Colour</source>
      <translation>Color del código</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/code_actions.py" line="72" />
      <source>Code Definition</source>
      <translation>Definición del código</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/code_actions.py" line="73" />
      <source>Definition of “%1”:</source>
      <translation>Definición de «%1»:</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/code_actions.py" line="86" />
      <source>Merge “%1” into</source>
      <translation>Fusionar «%1» con</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/code_actions.py" line="100" />
      <source>Split Category</source>
      <translation>Dividir categoría</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/code_actions.py" line="100" />
      <source>Sub-codes to move:</source>
      <translation>Subcódigos que se trasladan:</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/code_actions.py" line="102" />
      <source>Name of the new category:</source>
      <translation>Nombre de la nueva categoría:</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/code_actions.py" line="109" />
      <source>Split “%1”</source>
      <translation>Dividir «%1»</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/code_actions.py" line="124" />
      <source>Delete the code “%1” and its sub-codes? %2 codings will be removed. You can undo this.</source>
      <translation>¿Eliminar el código «%1» y sus subcódigos? Se quitarán %2 codificaciones. Puede deshacerlo.</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/code_actions.py" line="126" />
      <source>Delete Code</source>
      <translation>Eliminar código</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/code_actions.py" line="134" />
      <source>Move codes</source>
      <translation>Mover códigos</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/code_actions.py" line="148" />
      <source>The project (research journal)</source>
      <translation>El proyecto (diario de investigación)</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/code_actions.py" line="151" />
      <source>Document %1</source>
      <translation>Documento %1</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/code_actions.py" line="153" />
      <source>Code “%1”</source>
      <translation>Código «%1»</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/code_actions.py" line="156" />
      <source>Quotation %1</source>
      <translation>Cita %1</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/code_actions.py" line="175" />
      <source>Delete Memo</source>
      <translation>Eliminar memo</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/code_actions.py" line="175" />
      <source>Delete this memo? You can undo this.</source>
      <translation>¿Eliminar este memo? Puede deshacerlo.</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/code_actions.py" line="184" />
      <source>Show Codings Of</source>
      <translation>Mostrar codificaciones de</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/code_actions.py" line="184" />
      <source>Coders whose codings are shown:</source>
      <translation>Codificadores cuyas codificaciones se muestran:</translation>
    </message>
  </context>
  <context>
    <name>CodeChooser</name>
    <message>
      <location filename="../../qda_app/gui/dialogs/code_chooser.py" line="34" />
      <source>Code Selection</source>
      <translation>Codificar selección</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/dialogs/code_chooser.py" line="40" />
      <source>Type to find a code, or a new name (Category::Code)</source>
      <translation>Escriba para buscar un código, o un nombre nuevo (Categoría::Código)</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/dialogs/code_chooser.py" line="41" />
      <source>Code name</source>
      <translation>Nombre del código</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/dialogs/code_chooser.py" line="44" />
      <source>Codes</source>
      <translation>Códigos</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/dialogs/code_chooser.py" line="46" />
      <source>Tick the codes to apply; Enter confirms.</source>
      <translation>Marque los códigos que desea aplicar; Intro confirma.</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/dialogs/code_chooser.py" line="88" />
      <source>Create code “%1”</source>
      <translation>Crear el código «%1»</translation>
    </message>
  </context>
  <context>
    <name>CodePane</name>
    <message>
      <location filename="../../qda_app/gui/views/code_tree.py" line="110" />
      <location filename="../../qda_app/gui/views/code_tree.py" line="111" />
      <source>Filter codes</source>
      <translation>Filtrar códigos</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/code_tree.py" line="112" />
      <source>Code tree</source>
      <translation>Árbol de códigos</translation>
    </message>
  </context>
  <context>
    <name>CodeTreeModel</name>
    <message>
      <location filename="../../qda_app/gui/models/code_tree_model.py" line="132" />
      <source>Groundedness %1, density %2</source>
      <translation>Fundamentación %1, densidad %2</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/models/code_tree_model.py" line="137" />
      <source>%1, groundedness %2, density %3</source>
      <translation>%1, fundamentación %2, densidad %3</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/models/code_tree_model.py" line="150" />
      <source>Code {G-D}</source>
      <translation>Código {F-D}</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/models/code_tree_model.py" line="150" />
      <source>Grounded</source>
      <translation>Fundamentación</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/models/code_tree_model.py" line="150" />
      <source>Density</source>
      <translation>Densidad</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/models/code_tree_model.py" line="150" />
      <source>Definition</source>
      <translation>Definición</translation>
    </message>
  </context>
  <context>
    <name>CodingActions</name>
    <message>
      <location filename="../../qda_app/gui/coding_actions.py" line="67" />
      <source>Code Selection</source>
      <translation>Codificar selección</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/coding_actions.py" line="106" />
      <source>Remove Code</source>
      <translation>Quitar código</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/coding_actions.py" line="106" />
      <source>Code to remove:</source>
      <translation>Código que se quita:</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/coding_actions.py" line="120" />
      <source>Comment on Quotation</source>
      <translation>Comentar la cita</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/coding_actions.py" line="121" />
      <source>Comment on %1:</source>
      <translation>Comentario sobre %1:</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/coding_actions.py" line="162" />
      <source>Auto-code Hits</source>
      <translation>Codificar resultados automáticamente</translation>
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <location filename="../../qda_app/gui/dialogs/common.py" line="26" />
      <source>qda_app</source>
      <translation>qda_app</translation>
    </message>
  </context>
  <context>
    <name>Docks</name>
    <message>
      <location filename="../../qda_app/gui/docks.py" line="82" />
      <source>Documents</source>
      <translation>Documentos</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/docks.py" line="83" />
      <source>Codes</source>
      <translation>Códigos</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/docks.py" line="84" />
      <source>Quotations</source>
      <translation>Citas</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/docks.py" line="85" />
      <source>Memos</source>
      <translation>Memos</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/docks.py" line="86" />
      <source>Search</source>
      <translation>Buscar</translation>
    </message>
  </context>
  <context>
    <name>DocumentPane</name>
    <message>
      <location filename="../../qda_app/gui/views/document_list.py" line="102" />
      <location filename="../../qda_app/gui/views/document_list.py" line="114" />
      <source>All groups</source>
      <translation>Todos los grupos</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/document_list.py" line="110" />
      <location filename="../../qda_app/gui/views/document_list.py" line="111" />
      <source>Filter documents</source>
      <translation>Filtrar documentos</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/document_list.py" line="112" />
      <source>Document group</source>
      <translation>Grupo de documentos</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/document_list.py" line="115" />
      <source>Documents</source>
      <translation>Documentos</translation>
    </message>
  </context>
  <context>
    <name>DocumentTableModel</name>
    <message>
      <location filename="../../qda_app/gui/models/document_model.py" line="36" />
      <source>No.</source>
      <translation>N.º</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/models/document_model.py" line="36" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/models/document_model.py" line="36" />
      <source>Groups</source>
      <translation>Grupos</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/models/document_model.py" line="36" />
      <source>Attributes</source>
      <translation>Atributos</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/models/document_model.py" line="36" />
      <source>Quotations</source>
      <translation>Citas</translation>
    </message>
  </context>
  <context>
    <name>DocumentView</name>
    <message>
      <location filename="../../qda_app/gui/views/document_view.py" line="120" />
      <source>Document text</source>
      <translation>Texto del documento</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/document_view.py" line="121" />
      <source>Document viewer</source>
      <translation>Visor de documentos</translation>
    </message>
  </context>
  <context>
    <name>FindBar</name>
    <message>
      <location filename="../../qda_app/gui/views/find_bar.py" line="50" />
      <source>Find in document</source>
      <translation>Buscar en el documento</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/find_bar.py" line="51" />
      <source>Text to find</source>
      <translation>Texto que se busca</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/find_bar.py" line="52" />
      <source>Match case</source>
      <translation>Distinguir mayúsculas</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/find_bar.py" line="53" />
      <source>Previous</source>
      <translation>Anterior</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/find_bar.py" line="54" />
      <source>Find previous</source>
      <translation>Buscar anterior</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/find_bar.py" line="55" />
      <source>Next</source>
      <translation>Siguiente</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/find_bar.py" line="56" />
      <source>Find next</source>
      <translation>Buscar siguiente</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/find_bar.py" line="57" />
      <source>Code All Hits…</source>
      <translation>Codificar todos los resultados…</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/find_bar.py" line="58" />
      <source>Code all hits</source>
      <translation>Codificar todos los resultados</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/find_bar.py" line="60" />
      <source>Close find bar</source>
      <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/find_bar.py" line="61" />
      <source>Find status</source>
      <translation>Estado de la búsqueda</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/find_bar.py" line="80" />
      <source>Not found</source>
      <translation>No encontrado</translation>
    </message>
  </context>
  <context>
    <name>HitTableModel</name>
    <message>
      <location filename="../../qda_app/gui/models/hit_model.py" line="31" />
      <source>Document</source>
      <translation>Documento</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/models/hit_model.py" line="31" />
      <source>Before</source>
      <translation>Antes</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/models/hit_model.py" line="31" />
      <source>Hit</source>
      <translation>Resultado</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/models/hit_model.py" line="31" />
      <source>After</source>
      <translation>Después</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../qda_app/gui/main_window.py" line="191" />
      <source>New Project</source>
      <translation>Nuevo proyecto</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/main_window.py" line="192" />
      <location filename="../../qda_app/gui/main_window.py" line="202" />
      <source>qda_app projects (*.qdaproj)</source>
      <translation>Proyectos de qda_app (*.qdaproj)</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/main_window.py" line="201" />
      <source>Open Project</source>
      <translation>Abrir proyecto</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/main_window.py" line="214" />
      <source>Import Documents</source>
      <translation>Importar documentos</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/main_window.py" line="215" />
      <source>Documents (*.txt *.docx *.odt *.rtf *.pdf *.html *.htm *.md);;All files (*)</source>
      <translation>Documentos (*.txt *.docx *.odt *.rtf *.pdf *.html *.htm *.md);;Todos los archivos (*)</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/main_window.py" line="265" />
      <source>Coder: %1</source>
      <translation>Codificador: %1</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/main_window.py" line="267" />
      <source>qda_app</source>
      <translation>qda_app</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/main_window.py" line="271" />
      <source>%1 on %2 since %3</source>
      <translation>%1 en %2 desde %3</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/main_window.py" line="272" />
      <source>another program</source>
      <translation>otro programa</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/main_window.py" line="273" />
      <source>Read-only: this project is open for writing by %1. You can read and search, but not change it.</source>
      <translation>Solo lectura: %1 tiene este proyecto abierto para escritura. Puede leer y buscar, pero no modificarlo.</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/main_window.py" line="292" />
      <source>Switch Coder</source>
      <translation>Cambiar de codificador</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/main_window.py" line="292" />
      <source>Who is coding?</source>
      <translation>¿Quién codifica?</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/main_window.py" line="326" />
      <source>About qda_app</source>
      <translation>Acerca de qda_app</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/main_window.py" line="327" />
      <source>qda_app %1
Qualitative data analysis by hand: code interviews, compare coders, export Atlas.ti-style tables.</source>
      <translation>qda_app %1
Análisis cualitativo de datos a mano: codifique entrevistas, compare codificadores y exporte tablas al estilo de Atlas.ti.</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/main_window.py" line="342" />
      <location filename="../../qda_app/gui/main_window.py" line="343" />
      <source>Main toolbar</source>
      <translation>Barra de herramientas principal</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/main_window.py" line="346" />
      <source>Current coder</source>
      <translation>Codificador actual</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/main_window.py" line="347" />
      <source>Project name</source>
      <translation>Nombre del proyecto</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/main_window.py" line="348" />
      <source>Read-only notice</source>
      <translation>Aviso de solo lectura</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/main_window.py" line="355" />
      <source>&amp;Undo %1</source>
      <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/main_window.py" line="355" />
      <source>&amp;Undo</source>
      <translation>&amp;Deshacer</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/main_window.py" line="356" />
      <source>&amp;Redo %1</source>
      <translation>&amp;Rehacer %1</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/main_window.py" line="356" />
      <source>&amp;Redo</source>
      <translation>&amp;Rehacer</translation>
    </message>
  </context>
  <context>
    <name>Margin</name>
    <message>
      <location filename="../../qda_app/gui/views/margin.py" line="37" />
      <source>Quotation margin</source>
      <translation>Margen de citas</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/margin.py" line="39" />
      <source>Brackets showing each quotation's extent, ID and codes; click one to select it</source>
      <translation>Corchetes con la extensión, el ID y los códigos de cada cita; haga clic en uno para seleccionarla</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/margin.py" line="140" />
      <source>(no codes)</source>
      <translation>(sin códigos)</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/margin.py" line="143" />
      <source>Quotation %1</source>
      <translation>Cita %1</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/margin.py" line="144" />
      <source>Codes: %1</source>
      <translation>Códigos: %1</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/margin.py" line="145" />
      <source>Coder: %1</source>
      <translation>Codificador: %1</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/margin.py" line="146" />
      <source>Created: %1</source>
      <translation>Creada: %1</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/margin.py" line="149" />
      <source>Comment: %1</source>
      <translation>Comentario: %1</translation>
    </message>
  </context>
  <context>
    <name>MemoPane</name>
    <message>
      <location filename="../../qda_app/gui/views/memo_pane.py" line="99" />
      <source>About: %1 · by %2 · created %3 · modified %4</source>
      <translation>Sobre: %1 · de %2 · creado %3 · modificado %4</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/memo_pane.py" line="113" />
      <location filename="../../qda_app/gui/views/memo_pane.py" line="114" />
      <source>Memo title</source>
      <translation>Título del memo</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/memo_pane.py" line="115" />
      <source>Write the memo here: observations, decisions, ideas…</source>
      <translation>Escriba aquí el memo: observaciones, decisiones, ideas…</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/memo_pane.py" line="116" />
      <source>Memo text</source>
      <translation>Texto del memo</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/memo_pane.py" line="117" />
      <source>Memo target and dates</source>
      <translation>Objeto y fechas del memo</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/memo_pane.py" line="118" />
      <source>Memos</source>
      <translation>Memos</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/memo_pane.py" line="119" />
      <source>New Memo…</source>
      <translation>Nuevo memo…</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/memo_pane.py" line="120" />
      <source>Save</source>
      <translation>Guardar</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/memo_pane.py" line="121" />
      <source>Delete</source>
      <translation>Eliminar</translation>
    </message>
  </context>
  <context>
    <name>MemoTableModel</name>
    <message>
      <location filename="../../qda_app/gui/models/memo_model.py" line="39" />
      <source>Title</source>
      <translation>Título</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/models/memo_model.py" line="39" />
      <source>About</source>
      <translation>Sobre</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/models/memo_model.py" line="39" />
      <source>Author</source>
      <translation>Autor</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/models/memo_model.py" line="39" />
      <source>Modified</source>
      <translation>Modificado</translation>
    </message>
  </context>
  <context>
    <name>Menus</name>
    <message>
      <location filename="../../qda_app/gui/menus.py" line="12" />
      <source>&amp;File</source>
      <translation>&amp;Archivo</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/menus.py" line="14" />
      <source>&amp;Edit</source>
      <translation>&amp;Edición</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/menus.py" line="16" />
      <source>&amp;Coding</source>
      <translation>&amp;Codificación</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/menus.py" line="19" />
      <source>Co&amp;des</source>
      <translation>Có&amp;digos</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/menus.py" line="21" />
      <source>&amp;Memos</source>
      <translation>&amp;Memos</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/menus.py" line="22" />
      <source>&amp;View</source>
      <translation>&amp;Ver</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/menus.py" line="23" />
      <source>&amp;Help</source>
      <translation>A&amp;yuda</translation>
    </message>
  </context>
  <context>
    <name>NewMemoDialog</name>
    <message>
      <location filename="../../qda_app/gui/dialogs/memo_dialog.py" line="12" />
      <source>New Memo</source>
      <translation>Nuevo memo</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/dialogs/memo_dialog.py" line="14" />
      <source>Memo title</source>
      <translation>Título del memo</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/dialogs/memo_dialog.py" line="16" />
      <source>Memo is about</source>
      <translation>El memo trata sobre</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/dialogs/memo_dialog.py" line="21" />
      <source>&amp;Title:</source>
      <translation>&amp;Título:</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/dialogs/memo_dialog.py" line="22" />
      <source>&amp;About:</source>
      <translation>&amp;Sobre:</translation>
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <location filename="../../qda_app/gui/dialogs/preferences.py" line="14" />
      <source>Preferences</source>
      <translation>Preferencias</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/dialogs/preferences.py" line="17" />
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/dialogs/preferences.py" line="18" />
      <source>System language</source>
      <translation>Idioma del sistema</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/dialogs/preferences.py" line="24" />
      <source>Coder name</source>
      <translation>Nombre del codificador</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/dialogs/preferences.py" line="27" />
      <source>&amp;Language:</source>
      <translation>&amp;Idioma:</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/dialogs/preferences.py" line="28" />
      <source>&amp;Coder name:</source>
      <translation>Nombre del &amp;codificador:</translation>
    </message>
  </context>
  <context>
    <name>QProgressDialog</name>
    <message>
      <location filename="../../qda_app/gui/background.py" line="38" />
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/background.py" line="54" />
      <source>Cancelling…</source>
      <translation>Cancelando…</translation>
    </message>
  </context>
  <context>
    <name>QuotationPane</name>
    <message>
      <location filename="../../qda_app/gui/views/quotation_table.py" line="77" />
      <source>%1 of %2</source>
      <translation>%1 de %2</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/quotation_table.py" line="92" />
      <location filename="../../qda_app/gui/views/quotation_table.py" line="114" />
      <source>All codes</source>
      <translation>Todos los códigos</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/quotation_table.py" line="93" />
      <location filename="../../qda_app/gui/views/quotation_table.py" line="114" />
      <source>All documents</source>
      <translation>Todos los documentos</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/quotation_table.py" line="94" />
      <location filename="../../qda_app/gui/views/quotation_table.py" line="115" />
      <source>All groups</source>
      <translation>Todos los grupos</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/quotation_table.py" line="95" />
      <location filename="../../qda_app/gui/views/quotation_table.py" line="115" />
      <source>All coders</source>
      <translation>Todos los codificadores</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/quotation_table.py" line="106" />
      <source>Filter text or comment</source>
      <translation>Filtrar por texto o comentario</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/quotation_table.py" line="107" />
      <source>Filter quotations by text</source>
      <translation>Filtrar citas por texto</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/quotation_table.py" line="108" />
      <source>Filter by code</source>
      <translation>Filtrar por código</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/quotation_table.py" line="109" />
      <source>Filter by document</source>
      <translation>Filtrar por documento</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/quotation_table.py" line="110" />
      <source>Filter by document group</source>
      <translation>Filtrar por grupo de documentos</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/quotation_table.py" line="111" />
      <source>Filter by coder</source>
      <translation>Filtrar por codificador</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/quotation_table.py" line="112" />
      <source>Quotations</source>
      <translation>Citas</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/quotation_table.py" line="113" />
      <source>Quotations shown</source>
      <translation>Citas mostradas</translation>
    </message>
  </context>
  <context>
    <name>QuotationTableModel</name>
    <message>
      <location filename="../../qda_app/gui/models/quotation_model.py" line="59" />
      <source>ID</source>
      <translation>ID</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/models/quotation_model.py" line="59" />
      <source>Document</source>
      <translation>Documento</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/models/quotation_model.py" line="59" />
      <source>Text</source>
      <translation>Texto</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/models/quotation_model.py" line="59" />
      <source>Codes</source>
      <translation>Códigos</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/models/quotation_model.py" line="59" />
      <source>Coder</source>
      <translation>Codificador</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/models/quotation_model.py" line="60" />
      <source>Created</source>
      <translation>Creada</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/models/quotation_model.py" line="60" />
      <source>Comment</source>
      <translation>Comentario</translation>
    </message>
  </context>
  <context>
    <name>Refresh</name>
    <message>
      <location filename="../../qda_app/gui/refresh.py" line="154" />
      <location filename="../../qda_app/gui/refresh.py" line="157" />
      <source>Project</source>
      <translation>Proyecto</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/refresh.py" line="160" />
      <source>Code %1</source>
      <translation>Código %1</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/refresh.py" line="164" />
      <location filename="../../qda_app/gui/refresh.py" line="165" />
      <source>Document %1</source>
      <translation>Documento %1</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/refresh.py" line="168" />
      <location filename="../../qda_app/gui/refresh.py" line="169" />
      <source>Quotation %1</source>
      <translation>Cita %1</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/refresh.py" line="186" />
      <source>Importing documents</source>
      <translation>Importando documentos</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/refresh.py" line="194" />
      <source>Imported: %1</source>
      <translation>Importados: %1</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/refresh.py" line="196" />
      <source>Skipped (already in the project): %1</source>
      <translation>Omitidos (ya están en el proyecto): %1</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/refresh.py" line="198" />
      <source>The import was cancelled; nothing was added.</source>
      <translation>Se canceló la importación; no se añadió nada.</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/refresh.py" line="200" />
      <source>Not imported:</source>
      <translation>No importados:</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/refresh.py" line="203" />
      <source>Import</source>
      <translation>Importar</translation>
    </message>
  </context>
  <context>
    <name>SearchPanel</name>
    <message numerus="yes">
      <location filename="../../qda_app/gui/views/search_panel.py" line="68" />
      <source>%n hit(s)</source>
      <translation>
        <numerusform>%n resultado</numerusform>
        <numerusform>%n resultados</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/search_panel.py" line="75" />
      <source>Find in all documents</source>
      <translation>Buscar en todos los documentos</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/search_panel.py" line="76" />
      <source>Text to find in all documents</source>
      <translation>Texto que se busca en todos los documentos</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/search_panel.py" line="77" />
      <source>Match case</source>
      <translation>Distinguir mayúsculas</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/search_panel.py" line="78" />
      <source>Whole words</source>
      <translation>Palabras completas</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/search_panel.py" line="79" />
      <source>Search</source>
      <translation>Buscar</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/search_panel.py" line="80" />
      <source>Code Selected Hits…</source>
      <translation>Codificar resultados seleccionados…</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/search_panel.py" line="81" />
      <source>Code selected hits</source>
      <translation>Codificar resultados seleccionados</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/search_panel.py" line="82" />
      <source>Search hits in context</source>
      <translation>Resultados de búsqueda en contexto</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/search_panel.py" line="83" />
      <source>Number of hits</source>
      <translation>Número de resultados</translation>
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <location filename="../../qda_app/gui/views/welcome.py" line="61" />
      <source>Welcome to qda_app</source>
      <translation>Bienvenido a qda_app</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/welcome.py" line="62" />
      <source>Code interview transcripts by hand: mark quotations, assign codes, compare coders. Start a new project, open one, or explore the demo study.</source>
      <translation>Codifique transcripciones de entrevistas a mano: marque citas, asigne códigos y compare codificadores. Cree un proyecto nuevo, abra uno existente o explore el estudio de demostración.</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/welcome.py" line="64" />
      <source>New Project…</source>
      <translation>Nuevo proyecto…</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/welcome.py" line="65" />
      <source>Open Project…</source>
      <translation>Abrir proyecto…</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/welcome.py" line="66" />
      <source>Open Demo Project</source>
      <translation>Abrir proyecto de demostración</translation>
    </message>
    <message>
      <location filename="../../qda_app/gui/views/welcome.py" line="67" />
      <location filename="../../qda_app/gui/views/welcome.py" line="68" />
      <source>Recent projects</source>
      <translation>Proyectos recientes</translation>
    </message>
  </context>
</TS>