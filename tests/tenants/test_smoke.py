def test_tree_fixture_builds(tree):
    assert tree.village_a1.site.hostname == "satu.kec-a.test"
    assert tree.village_a2.kind == "desa"
    assert tree.village_a1.kind == "kelurahan"
