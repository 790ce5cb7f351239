"""Local potential and UMKM: products and producers of a village or kecamatan.

* ``UmkmIndexPage``: "Potensi dan UMKM", at ``/umkm/`` on every tenant home;
  on a kecamatan portal it aggregates the products of all its villages.
* ``ProductPage``: one product, its producer, price range and contact.
"""

from umkm.models.index import UmkmIndexPage
from umkm.models.product import ProductCategory, ProductPage

__all__ = ["ProductCategory", "ProductPage", "UmkmIndexPage"]
