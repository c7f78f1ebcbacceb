//! The README's JSON blocks are documents a user may copy: each names its type in `"$schema"`,
//! reads as that type and has no problem.

use eu_clasi::schema;

#[test]
fn every_json_block_of_the_readme_is_a_valid_document_of_its_schema() {
    let readme = include_str!("../README.md");
    let mut checked = Vec::new();
    for block in readme.split("```json\n").skip(1) {
        let text = &block[..block.find("\n```").expect("a json block ends")];
        let value: serde_json::Value = serde_json::from_str(text).expect("the block is JSON");
        let id = value["$schema"]
            .as_str()
            .expect("the block names its $schema");
        let name = id
            .strip_prefix("urn:eu-clasi:schema:v1:")
            .expect("the $schema is one of the crate's");
        let problems = schema::check(name, text.as_bytes())
            .unwrap_or_else(|e| panic!("README {name} block does not read: {e}"));
        assert!(problems.is_empty(), "README {name} block: {problems:?}");
        checked.push(name.to_owned());
    }
    assert_eq!(checked, ["progress-report", "joint-operation"]);
}
