//! What a generated setter takes, beyond its field's own type: one value
//! where the spec repeats a parameter, a `&str` where an optional field is a
//! string, a slice or an array where it is a list, builders where it is a
//! list of models. Generated setters are
//! generic over these traits; callers never name them.

use std::borrow::Cow;
use std::collections::VecDeque;

/// A value for a repeated parameter: one value (`.status(Status::Open)`)
/// or many (a `Vec`, an array, a slice of values to clone).
///
/// Implemented here for lists of any element and for the element types
/// the standard library has; a generated crate implements it for each of
/// its own types that a parameter repeats.
pub trait OneOrMany<T> {
    /// The values, in order.
    fn into_vec(self) -> Vec<T>;
}

impl<T> OneOrMany<T> for Vec<T> {
    fn into_vec(self) -> Vec<T> {
        self
    }
}

impl<T: Clone> OneOrMany<T> for &Vec<T> {
    fn into_vec(self) -> Vec<T> {
        self.clone()
    }
}

impl<T, const N: usize> OneOrMany<T> for [T; N] {
    fn into_vec(self) -> Vec<T> {
        self.into()
    }
}

impl<T: Clone, const N: usize> OneOrMany<T> for &[T; N] {
    fn into_vec(self) -> Vec<T> {
        self.to_vec()
    }
}

impl<T: Clone> OneOrMany<T> for &[T] {
    fn into_vec(self) -> Vec<T> {
        self.to_vec()
    }
}

impl<T> OneOrMany<T> for Box<[T]> {
    fn into_vec(self) -> Vec<T> {
        self.into()
    }
}

impl<T> OneOrMany<T> for VecDeque<T> {
    fn into_vec(self) -> Vec<T> {
        self.into()
    }
}

impl OneOrMany<String> for Vec<&str> {
    fn into_vec(self) -> Vec<String> {
        self.into_iter().map(str::to_owned).collect()
    }
}

impl<const N: usize> OneOrMany<String> for [&str; N] {
    fn into_vec(self) -> Vec<String> {
        self.into_iter().map(str::to_owned).collect()
    }
}

impl OneOrMany<String> for &[&str] {
    fn into_vec(self) -> Vec<String> {
        self.iter().map(|s| (*s).to_owned()).collect()
    }
}

impl OneOrMany<String> for &str {
    fn into_vec(self) -> Vec<String> {
        vec![self.to_owned()]
    }
}

impl OneOrMany<String> for &String {
    fn into_vec(self) -> Vec<String> {
        vec![self.clone()]
    }
}

/// One value of a type the standard library has, as a list of one.
macro_rules! one {
    ($($t:ty),* $(,)?) => {$(
        impl OneOrMany<$t> for $t {
            fn into_vec(self) -> Vec<$t> {
                vec![self]
            }
        }
    )*};
}

one!(
    String,
    bool,
    i8,
    i16,
    i32,
    i64,
    i128,
    isize,
    u8,
    u16,
    u32,
    u64,
    u128,
    usize,
    f32,
    f64,
    uuid::Uuid,
    chrono::NaiveDate,
    chrono::DateTime<chrono::Utc>,
    serde_json::Value,
);

/// A value for an optional string field of a model: a `&str` or a `String`
/// (the field is then sent), or an `Option<String>` (`None` leaves it out;
/// an `Option<&str>` is `opt.map(Into::into)`, so that a bare `None` needs
/// no annotation). The builders of other optional fields take the value or
/// an `Option` of it already.
pub trait IntoOptional<T> {
    /// The field's value.
    fn into_optional(self) -> Option<T>;
}

impl<T> IntoOptional<T> for Option<T> {
    fn into_optional(self) -> Option<T> {
        self
    }
}

impl IntoOptional<String> for String {
    fn into_optional(self) -> Option<String> {
        Some(self)
    }
}

impl IntoOptional<String> for &str {
    fn into_optional(self) -> Option<String> {
        Some(self.to_owned())
    }
}

impl IntoOptional<String> for &String {
    fn into_optional(self) -> Option<String> {
        Some(self.clone())
    }
}

impl IntoOptional<String> for Cow<'_, str> {
    fn into_optional(self) -> Option<String> {
        Some(self.into_owned())
    }
}

impl IntoOptional<String> for Box<str> {
    fn into_optional(self) -> Option<String> {
        Some(self.into())
    }
}

/// A value for a list field of a model: a `Vec` or an array of the items,
/// or of anything each item converts from, its builder included, so that a
/// list of models is built in one expression:
/// `.line_items([LineItem::builder().quantity(2)])`.
pub trait IntoList<T> {
    /// The items, or why one could not be made.
    fn into_list(self) -> Result<Vec<T>, String>;
}

impl<T, B> IntoList<T> for Vec<B>
where
    B: TryInto<T>,
    B::Error: std::fmt::Display,
{
    fn into_list(self) -> Result<Vec<T>, String> {
        items(self)
    }
}

impl<T, B, const N: usize> IntoList<T> for [B; N]
where
    B: TryInto<T>,
    B::Error: std::fmt::Display,
{
    fn into_list(self) -> Result<Vec<T>, String> {
        items(self)
    }
}

impl<T, B> IntoList<T> for &[B]
where
    B: Clone + TryInto<T>,
    B::Error: std::fmt::Display,
{
    fn into_list(self) -> Result<Vec<T>, String> {
        items(self.iter().cloned())
    }
}

impl<T, B> IntoList<T> for &Vec<B>
where
    B: Clone + TryInto<T>,
    B::Error: std::fmt::Display,
{
    fn into_list(self) -> Result<Vec<T>, String> {
        items(self.iter().cloned())
    }
}

/// A value for a field of a model, as its builder's setter takes it:
/// anything that converts into the field's type with `TryInto`, failing
/// with a message that can be shown. Implemented for every such value, so
/// a setter bound by it takes what one bound by `TryInto` did.
pub trait IntoField<T> {
    /// The field's value, or why this is not one, naming the field `name`
    /// as [`field_value`] does.
    fn into_field(self, name: &str) -> Result<T, String>;
}

impl<T, V> IntoField<T> for V
where
    V: TryInto<T>,
    V::Error: std::fmt::Display,
{
    fn into_field(self, name: &str) -> Result<T, String> {
        field_value(name, self.try_into())
    }
}

/// What a model builder's setter keeps for the field `name`: the value
/// converted, or why it could not be, in the words the builder reports when
/// it is finished (`error converting supplied value for name: ...`).
/// Generated setters call it rather than each spelling the message out.
pub fn field_value<T, E>(name: &str, converted: Result<T, E>) -> Result<T, String>
where
    E: std::fmt::Display,
{
    converted.map_err(|e| format!("error converting supplied value for {name}: {e}"))
}

/// Each item converted; the first that cannot be says which it is.
fn items<T, B>(values: impl IntoIterator<Item = B>) -> Result<Vec<T>, String>
where
    B: TryInto<T>,
    B::Error: std::fmt::Display,
{
    values
        .into_iter()
        .enumerate()
        .map(|(at, value)| value.try_into().map_err(|e| format!("item {at}: {e}")))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn many<T>(value: impl OneOrMany<T>) -> Vec<T> {
        value.into_vec()
    }

    fn optional(value: impl IntoOptional<String>) -> Option<String> {
        value.into_optional()
    }

    #[test]
    fn a_field_takes_what_converts_into_it_and_names_itself_when_it_cannot() {
        let kept: Result<i64, String> = 7_u8.into_field("quantity");
        assert_eq!(kept, Ok(7));
        let refused: Result<u8, String> = 300_i64.into_field("quantity");
        assert_eq!(
            refused.unwrap_err(),
            field_value::<u8, _>("quantity", u8::try_from(300_i64)).unwrap_err()
        );
        assert!(
            field_value::<u8, _>("quantity", u8::try_from(300_i64))
                .unwrap_err()
                .starts_with("error converting supplied value for quantity: ")
        );
    }

    #[test]
    fn a_field_value_says_which_field_could_not_take_it() {
        let kept: Result<u8, String> = field_value("quantity", u8::try_from(7_i64));
        assert_eq!(kept, Ok(7));
        let refused: Result<u8, String> = field_value("quantity", u8::try_from(-1_i64));
        assert_eq!(
            refused.unwrap_err(),
            format!(
                "error converting supplied value for quantity: {}",
                u8::try_from(-1_i64).unwrap_err()
            )
        );
    }

    #[test]
    fn one_value_or_many_make_the_same_list() {
        assert_eq!(many::<String>("open"), vec!["open".to_string()]);
        assert_eq!(many::<String>(["open", "closed"]), ["open", "closed"]);
        assert_eq!(many::<String>(vec!["open"]), ["open"]);
        let held = vec![1_i64, 2];
        assert_eq!(many(&held), [1, 2]);
        let array = [3_i64];
        let borrowed: &[i64; 1] = &array;
        assert_eq!(many(borrowed), [3]);
        assert_eq!(many(uuid::Uuid::nil()), [uuid::Uuid::nil()]);
        assert_eq!(many(&held[..1]), [1]);
        assert_eq!(many(7_u32), [7]);
    }

    #[test]
    fn a_list_takes_items_or_what_each_item_converts_from() {
        fn list(value: impl IntoList<std::num::NonZeroU8>) -> Result<Vec<u8>, String> {
            Ok(value.into_list()?.into_iter().map(u8::from).collect())
        }
        let one = std::num::NonZeroU8::MIN;
        assert_eq!(list(vec![one]), Ok(vec![1]));
        assert_eq!(list([2_u8, 3]), Ok(vec![2, 3]));
        let held = vec![4_u8, 5];
        assert_eq!(list(&held), Ok(vec![4, 5]));
        assert_eq!(list(&held[1..]), Ok(vec![5]));
        let error = list([1_u8, 0]).unwrap_err();
        assert!(error.starts_with("item 1: "), "{error}");
    }

    #[test]
    fn an_optional_string_takes_what_a_caller_holds() {
        let owned = String::from("EUR");
        assert_eq!(optional("EUR").as_deref(), Some("EUR"));
        assert_eq!(optional(&owned).as_deref(), Some("EUR"));
        assert_eq!(optional(Some("EUR".to_owned())).as_deref(), Some("EUR"));
        // A bare `None` needs no annotation: one impl takes an `Option`.
        assert_eq!(optional(None), None);
        assert_eq!(optional(owned).as_deref(), Some("EUR"));
    }
}
