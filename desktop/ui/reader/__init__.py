"""The reader pane: one article, its versions, tag chips, highlights and linked translations."""
