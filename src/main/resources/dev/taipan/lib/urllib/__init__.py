"""The urllib package; Taipan provides urllib.parse."""
