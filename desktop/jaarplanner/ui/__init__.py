"""The interface: Qt widgets over the services. Never SQL here."""
