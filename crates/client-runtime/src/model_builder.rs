//! What every model builder of a generated crate has in common: its
//! conversions to and from its model. They are the same for every model
//! but for the names, so a generated crate writes one line per model
//! (`builder_conversions!`) rather than three impls of its fields each.

/// The conversions between a model and its builder, as a generated crate
/// writes them inside its `types::builder` module:
///
/// ```ignore
/// ::client_runtime::builder_conversions!(Order => super::Order, super::error::ConversionError; id, lines);
/// ```
///
/// - `TryFrom<Order> for super::Order`: the model, or the first field whose
///   setter failed (or that a required field was never set), as `Error`;
/// - `TryFrom<Order> for Option<super::Order>`: the same, for a setter of an
///   optional field that takes a builder;
/// - `From<super::Order> for Order`: a builder that starts from a model.
///
/// The builder holds each field as a `Result<T, String>`, and `Error` is
/// `From<String>`.
#[macro_export]
macro_rules! builder_conversions {
    ($builder:ident => $model:ty, $error:ty; $($field:ident),* $(,)?) => {
        impl ::std::convert::TryFrom<$builder> for $model {
            type Error = $error;
            fn try_from(value: $builder) -> ::std::result::Result<Self, $error> {
                ::std::result::Result::Ok(Self {
                    $($field: value.$field?,)*
                })
            }
        }
        impl ::std::convert::TryFrom<$builder> for ::std::option::Option<$model> {
            type Error = $error;
            fn try_from(value: $builder) -> ::std::result::Result<Self, Self::Error> {
                <$model>::try_from(value).map(::std::option::Option::Some)
            }
        }
        impl ::std::convert::From<$model> for $builder {
            fn from(value: $model) -> Self {
                Self {
                    $($field: ::std::result::Result::Ok(value.$field),)*
                }
            }
        }
    };
}

#[cfg(test)]
mod tests {
    mod error {
        #[derive(Debug, PartialEq)]
        pub struct ConversionError(pub String);
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value)
            }
        }
    }

    #[derive(Debug, PartialEq)]
    struct Order {
        id: String,
        quantity: Option<u32>,
    }

    mod builder {
        pub struct Order {
            pub id: Result<String, String>,
            pub quantity: Result<Option<u32>, String>,
        }
        crate::builder_conversions!(Order => super::Order, super::error::ConversionError; id, quantity);
    }

    #[test]
    fn a_builder_finishes_into_its_model_or_says_which_field_failed() {
        let built = builder::Order {
            id: Ok("o-1".into()),
            quantity: Ok(Some(2)),
        };
        let order = Order::try_from(built).unwrap();
        assert_eq!(
            order,
            Order {
                id: "o-1".into(),
                quantity: Some(2)
            }
        );
        let missing = builder::Order {
            id: Err("no value supplied for id".into()),
            quantity: Ok(None),
        };
        assert_eq!(
            Option::<Order>::try_from(missing).unwrap_err(),
            error::ConversionError("no value supplied for id".into())
        );
        let again = builder::Order::from(order);
        assert_eq!(again.id, Ok("o-1".to_string()));
        assert_eq!(again.quantity, Ok(Some(2)));
    }
}
