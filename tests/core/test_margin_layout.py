from qda_app.core.margin_layout import MarginItem, lay_out_margin, spare_lanes


def _extents(layout, items, gap=2):
    by_key = {item.key: item for item in items}
    return [(entry.lane, entry.top, max(by_key[entry.key].bottom, entry.label_bottom) + gap) for entry in layout.placed]


def test_quotations_on_neighbouring_lines_get_lanes_whose_labels_never_overlap():
    # eight one-line quotations on consecutive 18-px lines, labels two lines tall
    items = [MarginItem(key=number, top=number * 18, bottom=number * 18 + 18, label_height=36) for number in range(8)]
    layout = lay_out_margin(items, max_lanes=4)
    assert not layout.overflow
    assert {entry.key for entry in layout.placed} == set(range(8))
    assert layout.lanes <= 3
    extents = _extents(layout, items)
    for position, (lane, top, end) in enumerate(extents):
        for other_lane, other_top, other_end in extents[position + 1:]:
            if lane == other_lane:  # one lane: the two labels one above the other
                assert min(end, other_end) <= max(top, other_top), (lane, top, end, other_top, other_end)


def test_labels_sit_beside_their_own_bracket():
    items = [MarginItem(key=1, top=40, bottom=100, label_height=30)]
    placed = lay_out_margin(items, max_lanes=3).placed[0]
    assert (placed.label_top, placed.label_bottom, placed.lane) == (40, 70, 0)


def test_lanes_beyond_the_width_become_one_overflow_group_per_place():
    items = [MarginItem(key=number, top=0, bottom=200, label_height=20) for number in range(5)]
    items.append(MarginItem(key=99, top=500, bottom=520, label_height=20))
    layout = lay_out_margin(items, max_lanes=2)
    assert len(layout.placed) == 3
    assert len(layout.overflow) == 1 and len(layout.overflow[0].keys) == 3
    assert set(layout.hidden) | {entry.key for entry in layout.placed} == {0, 1, 2, 3, 4, 99}


def test_the_kept_quotation_is_never_hidden_and_shares_no_lane_with_what_it_meets():
    items = [MarginItem(key=number, top=number, bottom=300, label_height=20) for number in range(6)]
    layout = lay_out_margin(items, max_lanes=2, keep=5)
    assert 5 in {entry.key for entry in layout.placed}
    lanes = [entry.lane for entry in layout.placed]
    assert len(lanes) == len(set(lanes)) == 2


def test_the_kept_lane_is_reused_above_and_below_it():
    items = [MarginItem(key=1, top=0, bottom=20, label_height=20), MarginItem(key=2, top=100, bottom=120, label_height=20),
             MarginItem(key=3, top=200, bottom=220, label_height=20)]
    layout = lay_out_margin(items, max_lanes=1, keep=2)
    assert not layout.overflow and layout.lanes == 1


def test_a_label_may_run_over_lanes_that_are_free_beside_it_only():
    items = [MarginItem(key=1, top=0, bottom=200, label_height=20),   # long: lane 0
             MarginItem(key=2, top=10, bottom=30, label_height=20),   # lane 1, nothing to its right
             MarginItem(key=3, top=12, bottom=40, label_height=20),   # lane 2
             MarginItem(key=4, top=100, bottom=120, label_height=20)]  # lane 1, lane 2 free there
    layout = lay_out_margin(items, max_lanes=4)
    lanes = {entry.key: entry.lane for entry in layout.placed}
    assert lanes == {1: 0, 2: 1, 3: 2, 4: 1}
    spare = spare_lanes(layout)
    assert spare == {1: 0, 2: 0, 3: 0, 4: 1}
