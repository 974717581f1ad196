// What Go's unicode package has and Goroutine Dojo's does not:
// a program using one of these names is told the Dojo does not support
// it. Written by crates/prelude/gen/lacks.go; do not edit.

//dojo:lacks ASCII_Hex_Digit Adlam Ahom Anatolian_Hieroglyphs Arabic
//dojo:lacks Armenian Avestan Balinese Bamum Bassa_Vah Batak Bengali
//dojo:lacks Beria_Erfe Bhaiksuki Bidi_Control Bopomofo Brahmi Braille
//dojo:lacks Buginese Buhid C Canadian_Aboriginal Carian Categories
//dojo:lacks CategoryAliases Caucasian_Albanian Cf Chakma Cham Cherokee
//dojo:lacks Chorasmian Cn Co Common Coptic Cs Cuneiform Cypriot
//dojo:lacks Cypro_Minoan Dash Deprecated Deseret Devanagari Diacritic
//dojo:lacks Dives_Akuru Dogra Duployan Egyptian_Hieroglyphs Elbasan Elymaic
//dojo:lacks Ethiopic Extender FoldCategory FoldScript Garay Georgian
//dojo:lacks Glagolitic Gothic Grantha Gujarati Gunjala_Gondi Gurmukhi
//dojo:lacks Gurung_Khema Hanifi_Rohingya Hanunoo Hatran Hebrew Hex_Digit
//dojo:lacks Hyphen IDS_Binary_Operator IDS_Trinary_Operator
//dojo:lacks IDS_Unary_Operator ID_Compat_Math_Continue ID_Compat_Math_Start
//dojo:lacks Ideographic Imperial_Aramaic Inherited Inscriptional_Pahlavi
//dojo:lacks Inscriptional_Parthian Javanese Join_Control Kaithi Kannada
//dojo:lacks Kawi Kayah_Li Kharoshthi Khitan_Small_Script Khmer Khojki
//dojo:lacks Khudawadi Kirat_Rai LC Lao Lepcha Limbu Linear_A Linear_B Lisu
//dojo:lacks Lm Lo Logical_Order_Exception Lycian Lydian Mahajani Makasar
//dojo:lacks Malayalam Mandaic Manichaean Marchen Masaram_Gondi Mc Me
//dojo:lacks Medefaidrin Meetei_Mayek Mende_Kikakui Meroitic_Cursive
//dojo:lacks Meroitic_Hieroglyphs Miao Mn Modi Modifier_Combining_Mark
//dojo:lacks Mongolian Mro Multani Myanmar Nabataean Nag_Mundari Nandinagari
//dojo:lacks New_Tai_Lue Newa Nko Nl No Noncharacter_Code_Point Nushu
//dojo:lacks Nyiakeng_Puachue_Hmong Ogham Ol_Chiki Ol_Onal Old_Hungarian
//dojo:lacks Old_Italic Old_North_Arabian Old_Permic Old_Persian Old_Sogdian
//dojo:lacks Old_South_Arabian Old_Turkic Old_Uyghur Oriya Osage Osmanya
//dojo:lacks Other Other_Alphabetic Other_Default_Ignorable_Code_Point
//dojo:lacks Other_Grapheme_Extend Other_ID_Continue Other_ID_Start
//dojo:lacks Other_Lowercase Other_Math Other_Uppercase Pahawh_Hmong
//dojo:lacks Palmyrene Pattern_Syntax Pattern_White_Space Pau_Cin_Hau Pc Pd
//dojo:lacks Pe Pf Phags_Pa Phoenician Pi Po Prepended_Concatenation_Mark
//dojo:lacks Properties Ps Psalter_Pahlavi Quotation_Mark Radical
//dojo:lacks Regional_Indicator Rejang Runic STerm Samaritan Saurashtra Sc
//dojo:lacks Scripts Sentence_Terminal Sharada Shavian Siddham Sidetic
//dojo:lacks SignWriting Sinhala Sk Sm So Soft_Dotted Sogdian Sora_Sompeng
//dojo:lacks Soyombo Sundanese Sunuwar Syloti_Nagri Syriac Tagalog Tagbanwa
//dojo:lacks Tai_Le Tai_Tham Tai_Viet Tai_Yo Takri Tamil Tangsa Tangut
//dojo:lacks Telugu Terminal_Punctuation Thaana Thai Tibetan Tifinagh
//dojo:lacks Tirhuta Todhri Tolong_Siki Toto Tulu_Tigalari Ugaritic
//dojo:lacks Unified_Ideograph Vai Variation_Selector Vithkuqi Wancho
//dojo:lacks Warang_Citi Yezidi Yi Zanabazar_Square Zl Zp

package unicode
