//! The generated tables, one file each.

#[path = "precision_table.rs"]
mod precision_table;
#[path = "repr_table.rs"]
mod repr_table;
#[path = "round_table.rs"]
mod round_table;
#[path = "spec_table.rs"]
mod spec_table;
#[path = "to_int_table.rs"]
mod to_int_table;

pub use precision_table::PRECISION_CASES;
pub use repr_table::REPR_CASES;
pub use round_table::ROUND_CASES;
pub use spec_table::SPEC_CASES;
pub use to_int_table::TO_INT_CASES;

#[path = "float_parse_table.rs"]
mod float_parse_table;
#[path = "int_parse_table.rs"]
mod int_parse_table;
#[path = "int_to_float_table.rs"]
mod int_to_float_table;
#[path = "radix_table.rs"]
mod radix_table;
#[path = "repr_str_table.rs"]
mod repr_str_table;

pub use float_parse_table::FLOAT_PARSE_CASES;
pub use int_parse_table::INT_PARSE_CASES;
pub use int_to_float_table::INT_TO_FLOAT_CASES;
pub use radix_table::RADIX_CASES;
pub use repr_str_table::STR_REPR_CASES;

#[path = "percent_table.rs"]
mod percent_table;

pub use percent_table::PERCENT_CASES;

#[path = "markup_table.rs"]
mod markup_table;
#[path = "str_format_table.rs"]
mod str_format_table;

pub use markup_table::MARKUP_CASES;
pub use str_format_table::{ARGS, KWARGS, STR_FORMAT_CASES};
