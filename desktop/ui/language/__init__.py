"""The interface language: Qt translators for Qalam and for Qt's own dialogs, and View ▸ Language."""
